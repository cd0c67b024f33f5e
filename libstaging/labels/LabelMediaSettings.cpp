// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels/LabelMediaSettings.h"

#include <QUrl>

namespace Staging {

LabelMediaSettings::LabelMediaSettings(QSettings &settings)
    : m_settings(settings)
{
}

QString LabelMediaSettings::key(const QString &printer)
{
    // A CUPS queue or "host:9100" may hold '/' or '\', which QSettings reads as groups: encode the name.
    return QStringLiteral("labels/media/") + QString::fromLatin1(QUrl::toPercentEncoding(printer));
}

QString LabelMediaSettings::mediaFor(const QString &printer) const
{
    return m_settings.value(key(printer)).toString();
}

void LabelMediaSettings::remember(const QString &printer, const QString &mediaId)
{
    m_settings.setValue(key(printer), mediaId);
}

} // namespace Staging
