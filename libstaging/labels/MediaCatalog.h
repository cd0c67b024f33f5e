// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "labels/LabelMedia.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Staging {

/** The label media the bench knows, read from data (resources/labels/media.json), not code. */
class MediaCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Staging::MediaCatalog)

public:
    static const MediaCatalog &builtIn();
    /** The error names the file, the entry and the field that is wrong. */
    static Expected<MediaCatalog> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<LabelMedia> &media() const { return m_media; }
    const LabelMedia *find(const QString &id) const;
    /** "brother-62, brother-62x29, ...", for messages. */
    QString ids() const;

private:
    QList<LabelMedia> m_media;
};

} // namespace Staging
