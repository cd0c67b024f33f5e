// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace Staging {

/** One request of a ProvisioningExecutor's run, as ProvisioningRequestBuilder makes it. */
struct ProvisioningRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QJsonObject body;
    bool hasBody = false;
    bool journaled = false; // a change: intent and result go to the journal
    QString action;
    QJsonObject journalDetail; // added to its journal entries
};

} // namespace Staging
