// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Staging {

/**
 * Something wrong (or worth a look) in an order, found before anything is sent. row and column
 * are 1-based positions in the customer's file (0 when the problem is not tied to a cell, such as
 * the customer id); field names the order field so the GUI can point at the right cell.
 */
struct Problem
{
    enum class Severity
    {
        Error, // blocks the order until fixed
        Warning, // shown, recorded, does not block
    };

    int row = 0;
    int column = 0;
    QString field; // "extension", "mac", "dids", "customer_id", ...
    QString code; // stable: "duplicate-extension", "invalid-mac", ...
    QString message; // translated
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

bool hasErrors(const Problems &problems);

} // namespace Staging
