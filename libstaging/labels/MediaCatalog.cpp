// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/MediaCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Staging {

namespace {

// Sizes beyond this are typing errors (a width in dots, or in 1/10 mm), not media.
constexpr double MaxSizeMm = 1000;

/** Where an entry of the file is: every error names the file, the entry and the field. */
struct EntryPlace
{
    QString sourceName;
    QString entryName; // 1-based, and its id when it has one

    static EntryPlace of(const QString &sourceName, const QJsonObject &o, qsizetype i)
    {
        const QString entryName = o.value(QLatin1String("id")).toString().isEmpty()
            ? QString::number(i + 1)
            : QStringLiteral("%1 (%2)").arg(i + 1).arg(o.value(QLatin1String("id")).toString());
        return { sourceName, entryName };
    }

    Error bad(const QString &field, const QString &why) const
    {
        return Error::make(ErrorKind::InvalidInput,
            MediaCatalog::tr("The label media file %1, entry %2, field \"%3\": %4")
                .arg(sourceName, entryName, field, why));
    }
};

std::optional<Error> readSize(
    const EntryPlace &place, const QJsonObject &from, const QString &prefix, const char *field, double &target)
{
    const QJsonValue v = from.value(QLatin1String(field));
    if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > MaxSizeMm) {
        return place.bad(prefix + QString::fromLatin1(field),
            MediaCatalog::tr("a size in millimetres between 0 and 1000 is required."));
    }
    target = v.toDouble();
    return std::nullopt;
}

/** The "sheet" of an A4-style medium: the page, the grid of labels, and that they fit on it. */
std::optional<Error> readSheet(const EntryPlace &place, const QJsonObject &s, LabelMedia &m)
{
    m.sheet = true;
    double pageWidth = 0, pageHeight = 0, pitchX = 0, pitchY = 0;
    for (const auto &[field, target] :
        { std::pair { "page_width_mm", &pageWidth }, std::pair { "page_height_mm", &pageHeight },
            std::pair { "pitch_x_mm", &pitchX }, std::pair { "pitch_y_mm", &pitchY } }) {
        if (auto e = readSize(place, s, QStringLiteral("sheet."), field, *target)) {
            return *e;
        }
    }
    m.sheetLayout.pageMm = QSizeF(pageWidth, pageHeight);
    m.sheetLayout.pitchMm = QSizeF(pitchX, pitchY);
    m.sheetLayout.firstLabelMm =
        QPointF(s.value(QLatin1String("left_mm")).toDouble(), s.value(QLatin1String("top_mm")).toDouble());
    m.sheetLayout.columns = s.value(QLatin1String("columns")).toInt();
    m.sheetLayout.rows = s.value(QLatin1String("rows")).toInt();
    if (m.sheetLayout.columns <= 0 || m.sheetLayout.rows <= 0) {
        return place.bad(QStringLiteral("sheet.columns"), MediaCatalog::tr("columns and rows must be at least 1."));
    }
    const double right = m.sheetLayout.firstLabelMm.x() + (m.sheetLayout.columns - 1) * pitchX + m.widthMm;
    const double bottom = m.sheetLayout.firstLabelMm.y() + (m.sheetLayout.rows - 1) * pitchY + m.heightMm;
    if (m.continuous || right > pageWidth + 0.01 || bottom > pageHeight + 0.01) {
        return place.bad(QStringLiteral("sheet"), MediaCatalog::tr("the labels do not fit on the page."));
    }
    return std::nullopt;
}

/** One entry of the "media" list; `catalog` holds the entries read before it. */
Expected<LabelMedia> readEntry(const EntryPlace &place, const QJsonObject &o, const MediaCatalog &catalog)
{
    LabelMedia m;
    m.id = o.value(QLatin1String("id")).toString();
    m.name = o.value(QLatin1String("name")).toString();
    if (m.id.isEmpty()) {
        return place.bad(QStringLiteral("id"), MediaCatalog::tr("an id is required."));
    }
    if (catalog.find(m.id)) {
        return place.bad(QStringLiteral("id"), MediaCatalog::tr("%1 is listed twice.").arg(m.id));
    }
    if (m.name.isEmpty()) {
        return place.bad(QStringLiteral("name"), MediaCatalog::tr("a name is required."));
    }
    m.continuous = o.value(QLatin1String("continuous")).toBool();
    if (auto e = readSize(place, o, QString(), "width_mm", m.widthMm)) {
        return *e;
    }
    if (!m.continuous) {
        if (auto e = readSize(place, o, QString(), "height_mm", m.heightMm)) {
            return *e;
        }
    }
    const QJsonValue dpi = o.value(QLatin1String("dpi"));
    if (!dpi.isDouble() || dpi.toDouble() != dpi.toInt() || dpi.toInt() < 100 || dpi.toInt() > 1200) {
        return place.bad(QStringLiteral("dpi"),
            MediaCatalog::tr("the printer's resolution in dots per inch (100 to 1200) is required."));
    }
    m.dpi = dpi.toInt();
    m.marginMm = o.value(QLatin1String("margin_mm")).toDouble();
    if (m.marginMm < 0 || 2 * m.marginMm >= m.widthMm || (!m.continuous && 2 * m.marginMm >= m.heightMm)) {
        return place.bad(QStringLiteral("margin_mm"), MediaCatalog::tr("the margins leave nothing to print on."));
    }
    m.zpl = o.value(QLatin1String("zpl")).toBool();
    const QJsonValue sheet = o.value(QLatin1String("sheet"));
    if (!sheet.isUndefined()) {
        if (auto e = readSheet(place, sheet.toObject(), m)) {
            return *e;
        }
    }
    return m;
}

} // namespace

const MediaCatalog &MediaCatalog::builtIn()
{
    // Compiled into the library; the tests load it, so a broken file never ships.
    static const MediaCatalog catalog = [] {
        QFile file(QStringLiteral(":/staging/labels/media.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        auto parsed = fromJson(opened ? file.readAll() : QByteArray(), QStringLiteral("labels/media.json"));
        if (!parsed) {
            qCritical("%s", qPrintable(parsed.error().message));
        }
        Q_ASSERT_X(parsed.hasValue(), "MediaCatalog::builtIn", "labels/media.json is invalid");
        return parsed.hasValue() ? std::move(parsed).value() : MediaCatalog();
    }();
    return catalog;
}

Expected<MediaCatalog> MediaCatalog::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The label media file %1 is not valid JSON: %2").arg(sourceName, parseError.errorString()));
    }
    const QJsonValue entries = doc.object().value(QLatin1String("media"));
    if (!entries.isArray() || entries.toArray().isEmpty()) {
        return Error::make(
            ErrorKind::InvalidInput, tr("The label media file %1 has no \"media\" list.").arg(sourceName));
    }
    MediaCatalog catalog;
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        auto media = readEntry(EntryPlace::of(sourceName, o, i), o, catalog);
        if (!media) {
            return media.error();
        }
        catalog.m_media.append(std::move(media).value());
    }
    return catalog;
}

const LabelMedia *MediaCatalog::find(const QString &id) const
{
    for (const LabelMedia &m : m_media) {
        if (m.id == id) {
            return &m;
        }
    }
    return nullptr;
}

QString MediaCatalog::ids() const
{
    QStringList ids;
    for (const LabelMedia &m : m_media) {
        ids.append(m.id);
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace Staging
