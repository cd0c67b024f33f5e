// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/LabelKind.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Staging {

/**
 * What a kind of label shows and where, read from resources/labels/<kind>.json: data, so that
 * the integrator can move a field without a new build. Boxes are fractions of the printable area
 * (0 to 1), so one template fits every medium. Fields are written {customer}, {mac}...
 */
struct LabelTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Staging::LabelTemplate)

public:
    struct Element
    {
        enum class Type
        {
            Text,
            Code128,
            Qr,
        };
        Type type = Type::Text;
        QString content; // "{station}" or "{order};{station};{mac}"
        QRectF box; // fraction of the printable area
        bool bold = false;
        bool centered = false;
        int maxLines = 1; // a long text may wrap onto this many lines before it is elided
        QStringList required; // fields that stop the label when unknown; others print blank

        bool isBarcode() const { return type != Type::Text; }
    };

    /** Which labels one order gives. */
    enum class ForEach
    {
        Phone, // one per station with a phone
        Order, // one per order
        Sticker, // one per entry of "stickers"
        Receptionist, // one per receptionist station, for its supervision keys
    };

    /** A key sheet lists this many keys, {key_1} to {key_12}; a receptionist with more gets several. */
    static constexpr int KeySheetLines = 12;

    LabelKind kind = LabelKind::Handset;
    QString name;
    ForEach forEach = ForEach::Phone;
    double continuousLengthMm = 0; // the label's length on continuous tape
    QList<QMap<QString, QString>> stickers; // extra fields of each sticker (ForEach::Sticker)
    QList<Element> elements;

    /** The fields an order provides; a template naming another one is refused. */
    static QStringList knownFields();
    static const LabelTemplate &builtIn(LabelKind kind);
    /** The error names the file, the element and the field that is wrong. */
    static Expected<LabelTemplate> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace Staging
