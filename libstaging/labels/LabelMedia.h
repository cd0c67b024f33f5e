// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>
#include <QString>

namespace Staging {

/** A roll or sheet of labels a printer takes, read from resources/labels/media.json. */
struct LabelMedia
{
    /** Office sheets carry several labels per page. */
    struct Sheet
    {
        QSizeF pageMm; // A4: 210 x 297
        int columns = 0;
        int rows = 0;
        QPointF firstLabelMm; // top-left corner of the first label on the page
        QSizeF pitchMm; // distance between the corners of two neighbouring labels

        int labelsPerPage() const { return columns * rows; }
    };

    QString id; // "brother-62x29"
    QString name; // for people: "Brother QL, 62 × 29 mm die-cut"
    double widthMm = 0;
    double heightMm = 0; // 0 for continuous tape: the template gives the length
    bool continuous = false;
    int dpi = 300; // the printer's resolution: positions and module widths are whole dots of it
    double marginMm = 0; // unprintable border on every side
    bool zpl = false; // a Zebra that takes ZPL II
    bool sheet = false;
    Sheet sheetLayout;

    /** The label's size; continuousLengthMm is the template's length on continuous tape. */
    QSizeF labelSizeMm(double continuousLengthMm) const
    {
        return QSizeF(widthMm, continuous ? continuousLengthMm : heightMm);
    }
    double dotsPerMm() const { return dpi / 25.4; }
};

} // namespace Staging
