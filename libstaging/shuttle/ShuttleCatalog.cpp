// SPDX-License-Identifier: GPL-3.0-or-later
#include "shuttle/ShuttleCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Staging {

const ShuttleCatalog &ShuttleCatalog::builtIn()
{
    // Compiled into the library; a broken file is caught by the tests, so failing loudly is right.
    static const ShuttleCatalog catalog = [] {
        QFile file(QStringLiteral(":/staging/shuttles.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        auto parsed = fromJson(opened ? file.readAll() : QByteArray(), QStringLiteral("shuttles.json"));
        Q_ASSERT_X(parsed.hasValue(), "ShuttleCatalog::builtIn", "shuttles.json is invalid");
        return parsed.hasValue() ? std::move(parsed).value() : ShuttleCatalog();
    }();
    return catalog;
}

Status ShuttleModel::checkSerial(const QString &serial) const
{
    const QString scanned = serial.trimmed();
    if (QRegularExpression(serialPattern).match(scanned.toUpper()).hasMatch()) {
        return Done {};
    }
    return Error::make(ErrorKind::InvalidInput,
        ShuttleCatalog::tr("\"%1\" cannot be the serial of a %2: its serial label has 6 to 20 letters and digits "
                           "(hyphens inside), at least one letter. Scan the barcode marked S/N.")
            .arg(scanned, name));
}

Expected<ShuttleCatalog> ShuttleCatalog::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The Shuttle catalog %1 is not valid JSON: %2").arg(sourceName, parseError.errorString()));
    }
    ShuttleCatalog catalog;
    const QJsonArray models = doc.object().value(QLatin1String("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QJsonObject o = models.at(i).toObject();
        ShuttleModel model;
        model.id = o.value(QLatin1String("id")).toString();
        model.name = o.value(QLatin1String("name")).toString();
        model.maxStations = o.value(QLatin1String("max_stations")).toInt();
        model.ramGb = o.value(QLatin1String("ram_gb")).toInt();
        model.disk = o.value(QLatin1String("disk")).toString();
        model.biosHint = o.value(QLatin1String("bios_hint")).toString();
        model.serialPattern = o.value(QLatin1String("serial_pattern")).toString();
        if (model.id.isEmpty() || model.name.isEmpty() || model.maxStations <= 0
            || !model.disk.startsWith(QLatin1String("/dev/")) || model.serialPattern.isEmpty()
            || !QRegularExpression(model.serialPattern).isValid()) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The Shuttle catalog %1 has an invalid entry %2 (id, name, max_stations > 0, a /dev/ disk "
                   "and a valid serial_pattern are required).")
                    .arg(sourceName)
                    .arg(i + 1));
        }
        if (catalog.find(model.id)) {
            return Error::make(
                ErrorKind::InvalidInput, tr("The Shuttle catalog %1 lists %2 twice.").arg(sourceName, model.id));
        }
        catalog.m_models.append(model);
    }
    if (catalog.m_models.isEmpty()) {
        return Error::make(ErrorKind::InvalidInput, tr("The Shuttle catalog %1 lists no model.").arg(sourceName));
    }
    std::stable_sort(catalog.m_models.begin(), catalog.m_models.end(),
        [](const ShuttleModel &a, const ShuttleModel &b) { return a.maxStations < b.maxStations; });
    return catalog;
}

const ShuttleModel *ShuttleCatalog::find(const QString &id) const
{
    const auto it =
        std::find_if(m_models.cbegin(), m_models.cend(), [&id](const ShuttleModel &model) { return model.id == id; });
    return it == m_models.cend() ? nullptr : &*it;
}

ShuttleCatalog::Recommendation ShuttleCatalog::recommend(int stationCount) const
{
    Q_ASSERT(!m_models.isEmpty());
    for (const ShuttleModel &model : m_models) {
        if (stationCount <= model.maxStations) {
            return { model, {} };
        }
    }
    const ShuttleModel &largest = m_models.constLast();
    return { largest,
        tr("The order has %1 stations but the largest Shuttle, %2, is sized for %3: split the order or choose "
           "other hardware.")
            .arg(stationCount)
            .arg(largest.name)
            .arg(largest.maxStations) };
}

} // namespace Staging
