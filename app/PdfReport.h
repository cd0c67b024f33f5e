// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace Staging {

/**
 * A report handed out as a PDF (the supervisor's history, the on-site technician's sign-off):
 * headings, paragraphs and tables laid out by QTextDocument, written by QPdfWriter. Text is
 * escaped here, so callers pass plain strings.
 */
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(Staging::PdfReport)

public:
    explicit PdfReport(const QString &title);

    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    void addTable(const QStringList &headers, const QList<QStringList> &rows);
    /** The model's display text, every row it holds now, with its horizontal headers. */
    void addTable(const QAbstractItemModel &model);

    /** A file that cannot be written is an Io error naming it. */
    Status write(const QString &path, QPageLayout::Orientation orientation = QPageLayout::Portrait) const;

private:
    QString m_title;
    QString m_html;
};

} // namespace Staging
