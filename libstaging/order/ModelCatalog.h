// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "order/PhoneModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Staging {

/** The hardware the integrator sells, read from a data file, and the mapping of customers' free text onto it. */
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Staging::ModelCatalog)

public:
    /** What a cell of the hardware column means. */
    struct Match
    {
        QString modelId;
        bool expansionModule = false; // "+ extension", "+ EXP50", "+ module"
    };

    /** The catalog shipped in resources/models.json. */
    static const ModelCatalog &builtIn();
    static Expected<ModelCatalog> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<PhoneModel> &models() const { return m_models; }
    const PhoneModel *find(const QString &id) const;
    /** "YEALINK T54W + extension" -> T54W with an expansion module; nullopt when nothing matches. */
    std::optional<Match> match(const QString &hardwareText) const;

private:
    QList<PhoneModel> m_models;
    QStringList m_expansionWords; // "extension", "module": the customer ordered an expansion module
};

} // namespace Staging
