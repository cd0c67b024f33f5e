// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Staging {

/** One Shuttle mini-PC model and how many stations it is sized for. */
struct ShuttleModel
{
    QString id;
    QString name;
    int maxStations = 0;
    int ramGb = 0;
    QString disk; // the internal disk the installer writes to; the USB stick is another disk
    QString biosHint; // where the vendor's setup menu hides "power on after AC loss"
    QString serialPattern; // what its serial label can say, in capitals

    /** Refuses, saying why, what cannot be this model's serial (a MAC, an EAN scanned by mistake). */
    Status checkSerial(const QString &serial) const;
};

/** The Shuttle models the integrator sells, read from resources/shuttles.json. */
class ShuttleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Staging::ShuttleCatalog)

public:
    /** A model for an order, and a warning (translated) when the order is bigger than any model. */
    struct Recommendation
    {
        ShuttleModel model;
        QString warning; // empty when the model is sized for the order
    };

    static const ShuttleCatalog &builtIn();
    static Expected<ShuttleCatalog> fromJson(const QByteArray &json, const QString &sourceName);

    /** Smallest first. */
    const QList<ShuttleModel> &models() const { return m_models; }
    const ShuttleModel *find(const QString &id) const;
    /** The smallest model sized for stationCount; the largest with a warning when none is. */
    Recommendation recommend(int stationCount) const;

private:
    QList<ShuttleModel> m_models;
};

} // namespace Staging
