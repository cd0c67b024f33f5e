// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpResponse.h"
#include "simulator/SimRouter.h"
#include "simulator/SimState.h"

#include <QList>
#include <QStringList>

namespace Staging {

class SimConfdApi;

/**
 * wazo-confd's bulk CSV import, POST /users/import: one user with its phone, voicemail and DID per
 * row, all-or-nothing with per-row errors, and the cost per row Wazo's own figures give
 * (SimCostModel), paid as a non-blocking delay of the answer.
 */
class SimUserImportApi
{
public:
    SimUserImportApi(SimState &state, SimConfdApi &confd);

    void registerRoutes(SimRouter &router);

    /** RFC 4180 with "," only (confd's reader does not sniff separators); rows of cells. */
    static QList<QStringList> parseCsv(const QString &text, bool *ok);

private:
    HttpResponse import(SimCall &call);
    /** The compound POST /users body one row stands for; an empty string, or the row's refusal. */
    QString rowToBody(const SimCall &call, const QJsonObject &row, QJsonObject *body) const;
    /** The row's voicemail, existing ({"id": N}) or to create; undefined when the row has none. */
    QJsonValue rowVoicemail(const SimCall &call, const QJsonObject &row) const;
    QJsonObject rowLine(const SimCall &call, const QJsonObject &row) const;

    SimState &m_state;
    SimConfdApi &m_confd;
};

} // namespace Staging
