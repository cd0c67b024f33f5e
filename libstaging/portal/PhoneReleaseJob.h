// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "joblog/JobResult.h"
#include "portal/PortalResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Staging {

class JobLog;
class PortalConnection;
class TokenSession;

/**
 * Gives a phone back to the stack before another takes its station: the device is detached from
 * each of its lines (DELETE /lines/{id}/devices/{id}) and sent back to autoprov, so the old phone
 * holds no account of the customer. The lines and users stay for the next phone. Journaled before
 * and after in the order's phones step (action "release", target "device:<mac>"). One finished(),
 * whatever happens; a device the stack no longer knows is already released.
 */
class PhoneReleaseJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneReleaseJob)

public:
    struct Result
    {
        Error error; // kind None when the phone is released
        int linesDetached = 0;
        bool ok() const { return error.kind == ErrorKind::None; }
    };

    struct Options
    {
        QString orderId; // journal
        QString technician;
        QString bench;
    };

    /** device: the stack's device object (id, mac, tenant_uuid), as the devices list gives it. */
    PhoneReleaseJob(PortalConnection *connection, TokenSession *session, const QJsonObject &device,
        const Options &options, QObject *parent = nullptr);
    ~PhoneReleaseJob() override;

    void setJournal(JobLog *journal) { m_journal = journal; }
    void start();

Q_SIGNALS:
    void finished(const Staging::PhoneReleaseJob::Result &result);

private:
    void onLines(const PortalResult &result);
    void detachNext();
    void reset();
    void finish(const Error &error);
    void journal(JobResult result, const QJsonObject &detail = {});

    QPointer<PortalConnection> m_connection;
    QPointer<TokenSession> m_session;
    QString m_deviceId;
    QString m_mac;
    QString m_tenant;
    Options m_options;
    JobLog *m_journal = nullptr;
    QList<int> m_lines;
    Result m_result;
    bool m_done = false;
};

} // namespace Staging

Q_DECLARE_METATYPE(Staging::PhoneReleaseJob::Result)
