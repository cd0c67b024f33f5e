// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace Staging {

/** The medium the technician picked for each printer, remembered so that it is asked once. */
class LabelMediaSettings
{
public:
    explicit LabelMediaSettings(QSettings &settings);

    /** The media id last used with this printer, empty when never chosen. */
    QString mediaFor(const QString &printer) const;
    void remember(const QString &printer, const QString &mediaId);

private:
    static QString key(const QString &printer);

    QSettings &m_settings;
};

} // namespace Staging
