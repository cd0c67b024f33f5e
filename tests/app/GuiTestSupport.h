// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTranslator;

namespace Staging::Test {

/**
 * Collects what QAbstractItemModelTester reports (category qt.modeltest) while it lives, so that
 * a test can fail on it instead of the whole binary aborting as the Fatal mode would.
 */
class ModelTestWarnings
{
public:
    ModelTestWarnings();
    ~ModelTestWarnings();
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    QStringList messages() const;
};

/**
 * Undoes what a test did to the whole test binary's application: translators installed, default
 * locale, names that decide where QSettings write. Every test shares one QApplication.
 */
class ApplicationStateGuard
{
public:
    ApplicationStateGuard();
    ~ApplicationStateGuard();
    ApplicationStateGuard(const ApplicationStateGuard &) = delete;
    ApplicationStateGuard &operator=(const ApplicationStateGuard &) = delete;

private:
    QList<QPointer<QTranslator>> m_translatorsBefore;
    QLocale m_locale;
    QString m_organizationDomain;
    QString m_applicationName;
    QString m_applicationVersion;
};

} // namespace Staging::Test
