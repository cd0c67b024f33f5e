// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTestSupport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTranslator>

#include <cstring>

namespace Staging::Test {

namespace {

QMutex s_mutex;
QStringList s_messages;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && std::strcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg
        && type != QtInfoMsg) {
        const QMutexLocker lock(&s_mutex);
        s_messages.append(message);
        return;
    }
    if (s_previous) {
        s_previous(type, context, message);
    }
}

} // namespace

ModelTestWarnings::ModelTestWarnings()
{
    const QMutexLocker lock(&s_mutex);
    s_messages.clear();
    s_previous = qInstallMessageHandler(collect);
}

ModelTestWarnings::~ModelTestWarnings()
{
    qInstallMessageHandler(s_previous);
}

QStringList ModelTestWarnings::messages() const
{
    const QMutexLocker lock(&s_mutex);
    return s_messages;
}

ApplicationStateGuard::ApplicationStateGuard()
    : m_organizationDomain(QCoreApplication::organizationDomain())
    , m_applicationName(QCoreApplication::applicationName())
    , m_applicationVersion(QCoreApplication::applicationVersion())
{
    // installTranslations() parents its translators to the application: the new ones are found there.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        m_translatorsBefore.append(translator);
    }
}

ApplicationStateGuard::~ApplicationStateGuard()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (!m_translatorsBefore.contains(translator)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QLocale::setDefault(m_locale);
    QCoreApplication::setOrganizationDomain(m_organizationDomain);
    QCoreApplication::setApplicationName(m_applicationName);
    QCoreApplication::setApplicationVersion(m_applicationVersion);
}

} // namespace Staging::Test
