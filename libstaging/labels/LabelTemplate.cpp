// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelTemplate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Staging {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]*)\\}"));
    return pattern;
}

LabelTemplate loadBuiltIn(LabelKind kind)
{
    const QString name = QStringLiteral("labels/%1.json").arg(labelKindId(kind));
    QFile file(QStringLiteral(":/staging/") + name);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT(opened);
    auto parsed = LabelTemplate::fromJson(opened ? file.readAll() : QByteArray(), name);
    if (!parsed) {
        qCritical("%s", qPrintable(parsed.error().message));
    }
    Q_ASSERT_X(parsed.hasValue() && parsed->kind == kind, "LabelTemplate::builtIn", "invalid label template");
    return parsed.hasValue() ? std::move(parsed).value() : LabelTemplate();
}

} // namespace

QStringList LabelTemplate::knownFields()
{
    return { QStringLiteral("customer"), QStringLiteral("customer_id"), QStringLiteral("order"), QStringLiteral("site"),
        QStringLiteral("station"), QStringLiteral("extension"), QStringLiteral("model"), QStringLiteral("mac"),
        QStringLiteral("mac_digits"), QStringLiteral("serial"), QStringLiteral("hostname"), QStringLiteral("ip") };
}

const LabelTemplate &LabelTemplate::builtIn(LabelKind kind)
{
    // The shipped templates are tested; loading them once keeps printing 200 labels cheap.
    static const QHash<int, LabelTemplate> templates = [] {
        QHash<int, LabelTemplate> all;
        for (const LabelKind k : allLabelKinds()) {
            all.insert(static_cast<int>(k), loadBuiltIn(k));
        }
        return all;
    }();
    return *templates.find(static_cast<int>(kind));
}

Expected<LabelTemplate> LabelTemplate::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The label template %1 is not valid JSON: %2").arg(sourceName, parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    const auto bad = [&](const QString &field, const QString &why) {
        return Error::make(
            ErrorKind::InvalidInput, tr("The label template %1, field \"%2\": %3").arg(sourceName, field, why));
    };
    LabelTemplate t;
    const auto kind = labelKindFromId(root.value(QLatin1String("kind")).toString());
    if (!kind) {
        return bad(QStringLiteral("kind"), tr("must be handset, box, shuttle-ports or shuttle-box."));
    }
    t.kind = *kind;
    t.name = root.value(QLatin1String("name")).toString();
    if (t.name.isEmpty()) {
        return bad(QStringLiteral("name"), tr("a name is required."));
    }
    const QString forEach = root.value(QLatin1String("for_each")).toString();
    if (forEach == QLatin1String("phone")) {
        t.forEach = ForEach::Phone;
    } else if (forEach == QLatin1String("order")) {
        t.forEach = ForEach::Order;
    } else if (forEach == QLatin1String("sticker")) {
        t.forEach = ForEach::Sticker;
    } else {
        return bad(QStringLiteral("for_each"), tr("must be phone, order or sticker."));
    }
    t.continuousLengthMm = root.value(QLatin1String("continuous_length_mm")).toDouble();
    if (t.continuousLengthMm < 10 || t.continuousLengthMm > 500) {
        return bad(QStringLiteral("continuous_length_mm"), tr("a length between 10 and 500 mm is required."));
    }

    QStringList fields = knownFields();
    const QJsonArray stickers = root.value(QLatin1String("stickers")).toArray();
    if (t.forEach == ForEach::Sticker && stickers.isEmpty()) {
        return bad(QStringLiteral("stickers"), tr("a list of stickers is required when for_each is sticker."));
    }
    for (qsizetype i = 0; i < stickers.size(); ++i) {
        const QJsonObject sticker = stickers.at(i).toObject();
        QMap<QString, QString> values;
        for (auto it = sticker.begin(); it != sticker.end(); ++it) {
            if (!it.value().isString() || fields.contains(it.key())) {
                return bad(QStringLiteral("stickers[%1].%2").arg(i).arg(it.key()),
                    tr("must be text and must not replace a field of the order."));
            }
            values.insert(it.key(), it.value().toString());
        }
        t.stickers.append(values);
    }
    // Every sticker must define the same fields, or a placeholder would be blank on some of them.
    if (!t.stickers.isEmpty()) {
        fields += t.stickers.first().keys();
        for (qsizetype i = 1; i < t.stickers.size(); ++i) {
            if (t.stickers.at(i).keys() != t.stickers.first().keys()) {
                return bad(
                    QStringLiteral("stickers[%1]").arg(i), tr("must have the same fields as the first sticker."));
            }
        }
    }

    const QJsonArray elements = root.value(QLatin1String("elements")).toArray();
    if (elements.isEmpty()) {
        return bad(QStringLiteral("elements"), tr("at least one element is required."));
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonObject o = elements.at(i).toObject();
        const QString where = QStringLiteral("elements[%1]").arg(i);
        Element e;
        const QString type = o.value(QLatin1String("type")).toString();
        const char *contentKey = "data";
        if (type == QLatin1String("text")) {
            e.type = Element::Type::Text;
            contentKey = "text";
        } else if (type == QLatin1String("code128")) {
            e.type = Element::Type::Code128;
        } else if (type == QLatin1String("qr")) {
            e.type = Element::Type::Qr;
        } else {
            return bad(where + QStringLiteral(".type"), tr("must be text, code128 or qr."));
        }
        e.content = o.value(QLatin1String(contentKey)).toString();
        const QString contentField = where + QLatin1Char('.') + QString::fromLatin1(contentKey);
        if (e.content.isEmpty()) {
            return bad(contentField, tr("is required."));
        }
        for (auto it = placeholderPattern().globalMatch(e.content); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!fields.contains(name)) {
                return bad(contentField,
                    tr("unknown field {%1}; known fields: %2").arg(name, fields.join(QStringLiteral(", "))));
            }
        }
        const QJsonArray box = o.value(QLatin1String("box")).toArray();
        const bool numbers =
            box.size() == 4 && std::all_of(box.begin(), box.end(), [](const QJsonValue &v) { return v.isDouble(); });
        e.box = numbers ? QRectF(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble())
                        : QRectF();
        constexpr double Slack = 1e-9; // 0.62 + 0.38 is not exactly 1 in binary
        if (!numbers || e.box.x() < 0 || e.box.y() < 0 || e.box.width() <= 0 || e.box.height() <= 0
            || e.box.right() > 1 + Slack || e.box.bottom() > 1 + Slack) {
            return bad(where + QStringLiteral(".box"),
                tr("must be [x, y, width, height] as fractions of the label, inside it (0 to 1)."));
        }
        e.bold = o.value(QLatin1String("bold")).toBool();
        const QString align = o.value(QLatin1String("align")).toString(QStringLiteral("left"));
        if (align != QLatin1String("left") && align != QLatin1String("center")) {
            return bad(where + QStringLiteral(".align"), tr("must be left or center."));
        }
        e.centered = align == QLatin1String("center");
        const QJsonValue maxLines = o.value(QLatin1String("max_lines"));
        if (!maxLines.isUndefined()) {
            if (!maxLines.isDouble() || maxLines.toDouble() != maxLines.toInt() || maxLines.toInt() < 1
                || maxLines.toInt() > 3 || e.isBarcode()) {
                return bad(where + QStringLiteral(".max_lines"), tr("must be 1, 2 or 3, and only on a text."));
            }
            e.maxLines = maxLines.toInt();
        }
        for (const QJsonValue &field : o.value(QLatin1String("required")).toArray()) {
            if (!e.content.contains(QLatin1Char('{') + field.toString() + QLatin1Char('}'))) {
                return bad(where + QStringLiteral(".required"),
                    tr("\"%1\" is not a field of this element.").arg(field.toString()));
            }
            e.required.append(field.toString());
        }
        t.elements.append(e);
    }
    // Text never runs over a barcode: a scanner would read neither. Checked here, once, on the boxes.
    for (qsizetype i = 0; i < t.elements.size(); ++i) {
        for (qsizetype j = i + 1; j < t.elements.size(); ++j) {
            const Element &a = t.elements.at(i);
            const Element &b = t.elements.at(j);
            if ((a.isBarcode() || b.isBarcode()) && a.box.intersected(b.box).width() > 1e-6
                && a.box.intersected(b.box).height() > 1e-6) {
                return bad(QStringLiteral("elements[%1].box").arg(j),
                    tr("overlaps elements[%1]; nothing may overlap a barcode.").arg(i));
            }
        }
    }
    return t;
}

} // namespace Staging
