// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "order/Order.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace Staging {

class SecretStore;
struct SecretResult;

/**
 * The voicemail codes of an order's stations in the keychain, one entry per station
 * (SecretStore::voicemailPinKey): the job log keeps the order without them. save() writes each
 * code the order holds; load() reads back the code of each station the saved order says has one.
 * finished() follows start() once; the job then deletes itself.
 */
class VoicemailPinsJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoicemailPinsJob)

public:
    struct Result
    {
        Error error; // kind None on success
        /** The order with each code saved marked so (save), or with each code read back (load). */
        Order order;
        /** load(): rows whose entry the keychain did not find (a locked keyring answers so too). */
        QList<int> missingRows;

        bool ok() const { return error.kind == ErrorKind::None; }
    };

    enum class Mode
    {
        Save,
        Load,
    };

    /** store must outlive the job. */
    VoicemailPinsJob(SecretStore &store, const Order &order, Mode mode, QObject *parent = nullptr);
    ~VoicemailPinsJob() override;

    /** Whether the order has any code to save (Save) or to read back (Load): no job is needed otherwise. */
    static bool hasWork(const Order &order, Mode mode);

    void start();

Q_SIGNALS:
    void finished(const Staging::VoicemailPinsJob::Result &result);

private:
    bool isToDo(const Station &station) const;
    /** The next station from m_next on with a code to save or read, or finishes. */
    void next();
    void onDone(qsizetype index, const SecretResult &done);
    void finish(const Error &error);

    SecretStore &m_store;
    Mode m_mode;
    Result m_result;
    qsizetype m_next = 0;
};

} // namespace Staging
