// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "joblog/JobLog.h"
#include "order/OrderStep.h"
#include "wizard/OrderWizard.h"
#include "wizard/TrainingEnvironment.h"

#include <QPixmap>
#include <QTimer>

namespace Staging {

namespace {

// The pages in the order of an on-premise order: every page exists there.
const QList<OrderStep> &tourSteps()
{
    static const QList<OrderStep> steps = orderSteps(DeploymentMode::OnPremise);
    return steps;
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!m_directory.mkpath(QStringLiteral("."))) {
        finish(
            Error::make(ErrorKind::Io, tr("Cannot create the folder %1 for the screenshots.").arg(m_directory.path())));
        return;
    }
    TrainingEnvironment *training = m_window.trainingEnvironment();
    if (!training) {
        finish(Error::make(ErrorKind::InvalidInput, tr("Screenshots are taken in training mode only (--training).")));
        return;
    }
    m_orderId =
        QStringLiteral("TRAINING-") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto order = training->sampleOrder(m_orderId);
    if (!order) {
        finish(order.error());
        return;
    }
    if (const Status saved =
            m_window.jobLog().saveOrder(*order, m_window.settings().technician, m_window.settings().bench);
        !saved) {
        finish(saved);
        return;
    }
    m_window.refresh();
    m_wizard = m_window.openOrder(m_orderId);
    if (!m_wizard) {
        finish(Error::make(ErrorKind::InvalidInput, tr("The sample order %1 could not be opened.").arg(m_orderId)));
        return;
    }
    QTimer::singleShot(SettleMs, this, &ScreenshotTour::nextShot);
}

void ScreenshotTour::nextShot()
{
    const QList<OrderStep> &steps = tourSteps();
    if (m_shot < steps.size()) {
        if (!m_wizard) {
            finish(Error::make(ErrorKind::Cancelled, tr("The wizard was closed before every screenshot was taken.")));
            return;
        }
        const OrderStep step = steps.at(m_shot);
        // Each page as a trainee reaches it: the wizard restarted at that step initializes it.
        if (m_wizard->currentId() != int(step)) {
            m_wizard->setStartId(int(step));
            m_wizard->restart();
            QTimer::singleShot(SettleMs, this, &ScreenshotTour::nextShot);
            return;
        }
        const QString name =
            QStringLiteral("%1-wizard-%2.png").arg(m_shot + 1, 2, 10, QLatin1Char('0')).arg(orderStepId(step));
        if (const Status saved = save(m_wizard, name); !saved) {
            finish(saved);
            return;
        }
        ++m_shot;
        QTimer::singleShot(0, this, &ScreenshotTour::nextShot);
        return;
    }
    if (m_shot == steps.size()) {
        m_wizard->close();
        m_window.refresh();
        m_window.raise();
        ++m_shot;
        QTimer::singleShot(SettleMs / 3, this, &ScreenshotTour::nextShot);
        return;
    }
    if (m_shot == steps.size() + 1) {
        if (const Status saved = save(&m_window, QStringLiteral("main-window.png")); !saved) {
            finish(saved);
            return;
        }
        m_history = m_window.showHistory(m_orderId);
        ++m_shot;
        QTimer::singleShot(SettleMs / 3, this, &ScreenshotTour::nextShot);
        return;
    }
    const Status saved = m_history ? save(m_history, QStringLiteral("history.png"))
                                   : Status(Error::make(ErrorKind::Cancelled, tr("The history window did not open.")));
    if (m_history) {
        m_history->close();
    }
    finish(saved);
}

Status ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = m_directory.filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        return Error::make(ErrorKind::Io, tr("Cannot write the screenshot %1.").arg(path));
    }
    return Done {};
}

void ScreenshotTour::finish(const Status &result)
{
    Q_EMIT finished(result);
}

} // namespace Staging
