// SPDX-License-Identifier: GPL-3.0-or-later
#include "order/ModelCatalog.h"

#include "core/TextKey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Staging {

namespace {

std::optional<PhoneModel::Kind> kindFromId(const QString &id)
{
    static const QList<std::pair<QString, PhoneModel::Kind>> kinds = {
        { QStringLiteral("desk"), PhoneModel::Kind::Desk },
        { QStringLiteral("dect-base"), PhoneModel::Kind::DectBase },
        { QStringLiteral("dect-handset"), PhoneModel::Kind::DectHandset },
        { QStringLiteral("dect-kit"), PhoneModel::Kind::DectKit },
        { QStringLiteral("softphone"), PhoneModel::Kind::Softphone },
        { QStringLiteral("expansion-module"), PhoneModel::Kind::ExpansionModule },
    };
    for (const auto &[name, kind] : kinds) {
        if (name == id) {
            return kind;
        }
    }
    return std::nullopt;
}

// True when the words of `alias` stand as whole words, in order, inside `words`.
bool containsWords(const QString &words, const QString &alias)
{
    const QString padded = QLatin1Char(' ') + words + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + alias + QLatin1Char(' '));
}

} // namespace

const ModelCatalog &ModelCatalog::builtIn()
{
    // Read once from the resource compiled into the library; a broken catalog is a build error
    // caught by the tests, so failing loudly here is right.
    static const ModelCatalog catalog = [] {
        QFile file(QStringLiteral(":/staging/models.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        auto parsed = fromJson(opened ? file.readAll() : QByteArray(), QStringLiteral("models.json"));
        Q_ASSERT_X(parsed.hasValue(), "ModelCatalog::builtIn", "models.json is invalid");
        return parsed.hasValue() ? std::move(parsed).value() : ModelCatalog();
    }();
    return catalog;
}

Expected<ModelCatalog> ModelCatalog::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error::make(ErrorKind::InvalidInput,
            tr("The model catalog %1 is not valid JSON: %2").arg(sourceName, parseError.errorString()));
    }
    ModelCatalog catalog;
    const QJsonObject root = doc.object();
    for (const QJsonValue &value : root.value(QLatin1String("expansion_words")).toArray()) {
        catalog.m_expansionWords.append(textWords(value.toString()));
    }
    const QJsonArray models = root.value(QLatin1String("models")).toArray();
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QJsonObject o = models.at(i).toObject();
        PhoneModel model;
        model.id = o.value(QLatin1String("id")).toString();
        model.vendor = o.value(QLatin1String("vendor")).toString();
        model.model = o.value(QLatin1String("model")).toString();
        model.displayName = model.vendor + QLatin1Char(' ') + model.model;
        model.plugin = o.value(QLatin1String("plugin")).toString();
        model.dectSlots = o.value(QLatin1String("dect_slots")).toInt();
        model.lineKeys = o.value(QLatin1String("line_keys")).toInt();
        model.moduleKeys = o.value(QLatin1String("module_keys")).toInt();
        model.commonConfig = o.value(QLatin1String("common_config")).toString();
        const QJsonObject firmware = o.value(QLatin1String("firmware")).toObject();
        model.firmwareVersion = firmware.value(QLatin1String("version")).toString();
        model.firmwareFile = firmware.value(QLatin1String("file")).toString();
        const auto kind = kindFromId(o.value(QLatin1String("kind")).toString());
        if (model.id.isEmpty() || model.model.isEmpty() || !kind) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The model catalog %1 has an invalid entry %2 (id, model and kind are required).")
                    .arg(sourceName)
                    .arg(i + 1));
        }
        model.kind = *kind;
        if ((model.kind == PhoneModel::Kind::DectBase || model.kind == PhoneModel::Kind::DectKit)
            && model.dectSlots <= 0) {
            return Error::make(ErrorKind::InvalidInput,
                tr("The model catalog %1: DECT base %2 needs dect_slots.").arg(sourceName, model.id));
        }
        for (const QJsonValue &alias : o.value(QLatin1String("aliases")).toArray()) {
            model.aliases.append(textWords(alias.toString()));
        }
        if (catalog.find(model.id)) {
            return Error::make(
                ErrorKind::InvalidInput, tr("The model catalog %1 lists %2 twice.").arg(sourceName, model.id));
        }
        catalog.m_models.append(model);
    }
    return catalog;
}

const PhoneModel *ModelCatalog::find(const QString &id) const
{
    for (const PhoneModel &model : m_models) {
        if (model.id == id) {
            return &model;
        }
    }
    return nullptr;
}

std::optional<ModelCatalog::Match> ModelCatalog::match(const QString &hardwareText) const
{
    const QString words = textWords(hardwareText);
    if (words.isEmpty()) {
        return std::nullopt;
    }
    // The longest alias wins, so "w60b" beats "w60" and "sans fil" beats nothing; an expansion
    // module alone only counts when no phone is named.
    const PhoneModel *best = nullptr;
    qsizetype bestLength = 0;
    const PhoneModel *module = nullptr;
    for (const PhoneModel &model : m_models) {
        for (const QString &alias : model.aliases) {
            if (!containsWords(words, alias)) {
                continue;
            }
            if (model.kind == PhoneModel::Kind::ExpansionModule) {
                module = &model;
            } else if (alias.size() > bestLength) {
                best = &model;
                bestLength = alias.size();
            }
        }
    }
    if (!best) {
        if (module) {
            return Match { module->id, false };
        }
        return std::nullopt;
    }
    Match result { best->id, module != nullptr };
    // "T54W + extension", "T54W avec module": the '+' alone is not enough ("T54W+" is a typo).
    for (const QString &word : m_expansionWords) {
        if (containsWords(words, word)) {
            result.expansionModule = true;
        }
    }
    return result;
}

} // namespace Staging
