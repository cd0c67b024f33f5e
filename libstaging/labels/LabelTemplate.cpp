// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelTemplate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Staging {

namespace {

const QRegularExpression &placeholderPattern()
{
    // Digits too: a key sheet numbers its lines, {key_1} to {key_12}.
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z0-9_]*)\\}"));
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

/** The error every check of a template gives: the file, the field and why. */
Error badField(const QString &sourceName, const QString &field, const QString &why)
{
    return Error::make(ErrorKind::InvalidInput,
        LabelTemplate::tr("The label template %1, field \"%2\": %3").arg(sourceName, field, why));
}

/** kind, name, for_each and continuous_length_mm: what the template is, before what it shows. */
Expected<LabelTemplate> readHeader(const QJsonObject &root, const QString &sourceName)
{
    LabelTemplate t;
    const auto kind = labelKindFromId(root.value(QLatin1String("kind")).toString());
    if (!kind) {
        return badField(sourceName, QStringLiteral("kind"),
            LabelTemplate::tr("must be handset, box, shuttle-ports or shuttle-box."));
    }
    t.kind = *kind;
    t.name = root.value(QLatin1String("name")).toString();
    if (t.name.isEmpty()) {
        return badField(sourceName, QStringLiteral("name"), LabelTemplate::tr("a name is required."));
    }
    const QString forEach = root.value(QLatin1String("for_each")).toString();
    if (forEach == QLatin1String("phone")) {
        t.forEach = LabelTemplate::ForEach::Phone;
    } else if (forEach == QLatin1String("order")) {
        t.forEach = LabelTemplate::ForEach::Order;
    } else if (forEach == QLatin1String("sticker")) {
        t.forEach = LabelTemplate::ForEach::Sticker;
    } else if (forEach == QLatin1String("receptionist")) {
        t.forEach = LabelTemplate::ForEach::Receptionist;
    } else {
        return badField(sourceName, QStringLiteral("for_each"),
            LabelTemplate::tr("must be phone, order, sticker or receptionist."));
    }
    t.continuousLengthMm = root.value(QLatin1String("continuous_length_mm")).toDouble();
    if (t.continuousLengthMm < 10 || t.continuousLengthMm > 500) {
        return badField(sourceName, QStringLiteral("continuous_length_mm"),
            LabelTemplate::tr("a length between 10 and 500 mm is required."));
    }
    return t;
}

/** The extra fields of each sticker; none may replace a field of the order. */
Expected<QList<QMap<QString, QString>>> readStickers(const QJsonArray &stickers, const QString &sourceName)
{
    const QStringList fields = LabelTemplate::knownFields();
    QList<QMap<QString, QString>> all;
    for (qsizetype i = 0; i < stickers.size(); ++i) {
        const QJsonObject sticker = stickers.at(i).toObject();
        QMap<QString, QString> values;
        for (auto it = sticker.begin(); it != sticker.end(); ++it) {
            if (!it.value().isString() || fields.contains(it.key())) {
                return badField(sourceName, QStringLiteral("stickers[%1].%2").arg(i).arg(it.key()),
                    LabelTemplate::tr("must be text and must not replace a field of the order."));
            }
            values.insert(it.key(), it.value().toString());
        }
        all.append(values);
    }
    // Every sticker must define the same fields, or a placeholder would be blank on some of them.
    for (qsizetype i = 1; i < all.size(); ++i) {
        if (all.at(i).keys() != all.first().keys()) {
            return badField(sourceName, QStringLiteral("stickers[%1]").arg(i),
                LabelTemplate::tr("must have the same fields as the first sticker."));
        }
    }
    return all;
}

/** type and its content (text or data), whose placeholders must all be known fields. */
Status readContent(LabelTemplate::Element &e, const QJsonObject &o, const QString &where, const QStringList &fields,
    const QString &sourceName)
{
    const QString type = o.value(QLatin1String("type")).toString();
    const char *contentKey = "data";
    if (type == QLatin1String("text")) {
        e.type = LabelTemplate::Element::Type::Text;
        contentKey = "text";
    } else if (type == QLatin1String("code128")) {
        e.type = LabelTemplate::Element::Type::Code128;
    } else if (type == QLatin1String("qr")) {
        e.type = LabelTemplate::Element::Type::Qr;
    } else {
        return badField(sourceName, where + QStringLiteral(".type"), LabelTemplate::tr("must be text, code128 or qr."));
    }
    e.content = o.value(QLatin1String(contentKey)).toString();
    const QString contentField = where + QLatin1Char('.') + QString::fromLatin1(contentKey);
    if (e.content.isEmpty()) {
        return badField(sourceName, contentField, LabelTemplate::tr("is required."));
    }
    for (auto it = placeholderPattern().globalMatch(e.content); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!fields.contains(name)) {
            return badField(sourceName, contentField,
                LabelTemplate::tr("unknown field {%1}; known fields: %2").arg(name, fields.join(QStringLiteral(", "))));
        }
    }
    return Done {};
}

/** box, bold, align, max_lines and required, once type and content are read. */
Status readLayout(LabelTemplate::Element &e, const QJsonObject &o, const QString &where, const QString &sourceName)
{
    const QJsonArray box = o.value(QLatin1String("box")).toArray();
    const bool numbers =
        box.size() == 4 && std::all_of(box.begin(), box.end(), [](const QJsonValue &v) { return v.isDouble(); });
    e.box = numbers ? QRectF(box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble())
                    : QRectF();
    constexpr double Slack = 1e-9; // 0.62 + 0.38 is not exactly 1 in binary
    if (!numbers || e.box.x() < 0 || e.box.y() < 0 || e.box.width() <= 0 || e.box.height() <= 0
        || e.box.right() > 1 + Slack || e.box.bottom() > 1 + Slack) {
        return badField(sourceName, where + QStringLiteral(".box"),
            LabelTemplate::tr("must be [x, y, width, height] as fractions of the label, inside it (0 to 1)."));
    }
    e.bold = o.value(QLatin1String("bold")).toBool();
    const QString align = o.value(QLatin1String("align")).toString(QStringLiteral("left"));
    if (align != QLatin1String("left") && align != QLatin1String("center")) {
        return badField(sourceName, where + QStringLiteral(".align"), LabelTemplate::tr("must be left or center."));
    }
    e.centered = align == QLatin1String("center");
    const QJsonValue maxLines = o.value(QLatin1String("max_lines"));
    if (!maxLines.isUndefined()) {
        if (!maxLines.isDouble() || maxLines.toDouble() != maxLines.toInt() || maxLines.toInt() < 1
            || maxLines.toInt() > 3 || e.isBarcode()) {
            return badField(sourceName, where + QStringLiteral(".max_lines"),
                LabelTemplate::tr("must be 1, 2 or 3, and only on a text."));
        }
        e.maxLines = maxLines.toInt();
    }
    for (const QJsonValue &field : o.value(QLatin1String("required")).toArray()) {
        if (!e.content.contains(QLatin1Char('{') + field.toString() + QLatin1Char('}'))) {
            return badField(sourceName, where + QStringLiteral(".required"),
                LabelTemplate::tr("\"%1\" is not a field of this element.").arg(field.toString()));
        }
        e.required.append(field.toString());
    }
    return Done {};
}

Expected<LabelTemplate::Element> readElement(
    const QJsonObject &o, qsizetype index, const QStringList &fields, const QString &sourceName)
{
    const QString where = QStringLiteral("elements[%1]").arg(index);
    LabelTemplate::Element e;
    if (const Status content = readContent(e, o, where, fields, sourceName); !content) {
        return content.error();
    }
    if (const Status layout = readLayout(e, o, where, sourceName); !layout) {
        return layout.error();
    }
    return e;
}

// Text never runs over a barcode: a scanner would read neither. Checked here, once, on the boxes.
Status checkBarcodesClear(const QList<LabelTemplate::Element> &elements, const QString &sourceName)
{
    for (qsizetype i = 0; i < elements.size(); ++i) {
        for (qsizetype j = i + 1; j < elements.size(); ++j) {
            const LabelTemplate::Element &a = elements.at(i);
            const LabelTemplate::Element &b = elements.at(j);
            if ((a.isBarcode() || b.isBarcode()) && a.box.intersected(b.box).width() > 1e-6
                && a.box.intersected(b.box).height() > 1e-6) {
                return badField(sourceName, QStringLiteral("elements[%1].box").arg(j),
                    LabelTemplate::tr("overlaps elements[%1]; nothing may overlap a barcode.").arg(i));
            }
        }
    }
    return Done {};
}

} // namespace

QStringList LabelTemplate::knownFields()
{
    QStringList fields { QStringLiteral("customer"), QStringLiteral("customer_id"), QStringLiteral("order"),
        QStringLiteral("site"), QStringLiteral("station"), QStringLiteral("extension"), QStringLiteral("group"),
        QStringLiteral("model"), QStringLiteral("mac"), QStringLiteral("mac_digits"), QStringLiteral("serial"),
        QStringLiteral("hostname"), QStringLiteral("ip") };
    for (int line = 1; line <= KeySheetLines; ++line) {
        fields.append(QStringLiteral("key_%1").arg(line));
    }
    return fields;
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
    Expected<LabelTemplate> header = readHeader(root, sourceName);
    if (!header) {
        return header;
    }
    LabelTemplate t = std::move(header).value();

    QStringList fields = knownFields();
    const QJsonArray stickers = root.value(QLatin1String("stickers")).toArray();
    if (t.forEach == ForEach::Sticker && stickers.isEmpty()) {
        return badField(
            sourceName, QStringLiteral("stickers"), tr("a list of stickers is required when for_each is sticker."));
    }
    auto stickerFields = readStickers(stickers, sourceName);
    if (!stickerFields) {
        return stickerFields.error();
    }
    t.stickers = std::move(stickerFields).value();
    if (!t.stickers.isEmpty()) {
        fields += t.stickers.first().keys();
    }

    const QJsonArray elements = root.value(QLatin1String("elements")).toArray();
    if (elements.isEmpty()) {
        return badField(sourceName, QStringLiteral("elements"), tr("at least one element is required."));
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        auto element = readElement(elements.at(i).toObject(), i, fields, sourceName);
        if (!element) {
            return element.error();
        }
        t.elements.append(std::move(element).value());
    }
    if (const Status clear = checkBarcodesClear(t.elements, sourceName); !clear) {
        return clear.error();
    }
    if (t.forEach == ForEach::Receptionist) {
        // A sheet holds KeySheetLines keys: a line the template leaves out would be a key nobody labels.
        for (int line = 1; line <= KeySheetLines; ++line) {
            const QString placeholder = QStringLiteral("{key_%1}").arg(line);
            if (std::none_of(t.elements.cbegin(), t.elements.cend(),
                    [&placeholder](const Element &e) { return e.content.contains(placeholder); })) {
                return badField(sourceName, QStringLiteral("elements"),
                    tr("a key sheet must print every key line, {key_1} to {key_%1}; %2 is missing.")
                        .arg(KeySheetLines)
                        .arg(placeholder));
            }
        }
    }
    return t;
}

} // namespace Staging
