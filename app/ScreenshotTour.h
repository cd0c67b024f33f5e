// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QDir>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace Staging {

class MainWindow;
class OrderWizard;

/**
 * --screenshot DIR: the training sample order shown on every wizard page, then the main window
 * and the history, one PNG each, for the README and the manual. Runs on the event loop (pages
 * start their simulated work as they would for a trainee) and ends with finished().
 */
class ScreenshotTour : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    /** How long each page is left to settle (simulator answers, phones booting) before its picture. */
    static constexpr int SettleMs = 1500;

    ScreenshotTour(MainWindow &window, const QString &directory, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    /** Saves the sample order, then one page after the other. */
    void start();

Q_SIGNALS:
    /** Done when every picture was written; the files written so far stay either way. */
    void finished(const Staging::Status &result);

private:
    void nextShot();
    Status save(QWidget *widget, const QString &name);
    void finish(const Status &result);

    MainWindow &m_window;
    QDir m_directory;
    QString m_orderId;
    QPointer<OrderWizard> m_wizard;
    QPointer<QWidget> m_history;
    int m_shot = 0;
};

} // namespace Staging
