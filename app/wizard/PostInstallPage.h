// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shuttle/PostInstallSettings.h"
#include "shuttle/PostInstallSteps.h"
#include "wizard/WizardPage.h"

#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTreeWidget;
class QTreeWidgetItem;

namespace Staging {

class AskingHostKeyDecider;
class BenchKey;
struct BenchKeyResult;
class MessageBanner;
class PostInstallRunner;
struct PostInstallResult;
class ShuttleShell;
class SshSession;
struct SshResult;

/**
 * The installed Shuttle configured: the post-install steps (PostInstallRunner) over SSH as root
 * with the bench key, each with its state, the remote output streamed into a log pane, progress
 * and cancel. The Shuttle's host key is trusted silently when it is the one the installer
 * reported; any other is shown to the technician, who decides in a window that does not block.
 *
 * In training the steps run on the simulated Shuttle (LocalShuttleShell), in a throwaway folder.
 */
class PostInstallPage : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostInstallPage)

public:
    explicit PostInstallPage(OrderSession &session, QWidget *parent = nullptr);
    ~PostInstallPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool stepComplete() const override;

private:
    void start();
    void onBenchKey(const BenchKeyResult &result);
    void connectShuttle();
    void onConnected(const SshResult &result);
    void askHostKey(const QString &host, quint16 port, const QString &fingerprint);
    void runSteps(ShuttleShell &shell, const QString &prefix, const QString &wazoCommand);
    void onStepProgress(const QString &stepId, PostInstallState state, const QStringList &lines);
    void onFinished(const PostInstallResult &result);
    void cancel();
    void stop();
    void fail(const QString &message);
    void showStep(const QString &stepId, PostInstallState state, const QString &message);
    void readStepsFromJobLog();
    bool isRunning() const;
    void updateButtons();

    MessageBanner *m_banner = nullptr;
    QLabel *m_shuttleLabel = nullptr;
    QLineEdit *m_addressEdit = nullptr;
    QLineEdit *m_netmaskEdit = nullptr;
    QLineEdit *m_gatewayEdit = nullptr;
    QLineEdit *m_dnsEdit = nullptr;
    QLineEdit *m_wazoCommandEdit = nullptr;
    QTreeWidget *m_stepsTree = nullptr;
    QHash<QString, QTreeWidgetItem *> m_stepItems;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPointer<QMessageBox> m_hostKeyDialog;

    PostInstallSettings m_settings; // of the run being prepared or running
    QString m_sshHost;
    QString m_installerFingerprint;
    QByteArray m_privateKey; // the bench key, only while connecting
    bool m_complete = false;
    bool m_connecting = false;

    std::unique_ptr<AskingHostKeyDecider> m_decider;
    std::unique_ptr<ShuttleShell> m_localShell; // training
    QPointer<SshSession> m_ssh; // real
    QPointer<PostInstallRunner> m_runner;
    std::unique_ptr<QSettings> m_keySettings;
    QPointer<BenchKey> m_benchKey;
};

} // namespace Staging
