// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "order/PhoneRegion.h"

#include <QString>

namespace Staging {

/**
 * What the workbench remembers between runs (QSettings): who works at which bench, in which
 * language, and where the job log is. Nothing secret belongs here: a PostgreSQL password is
 * given on the command line or asked for, never stored.
 */
struct WorkbenchSettings
{
    QString technician;
    QString bench; // defaults to the machine's host name
    QString language; // "fr", "en", or empty for the system's
    QString jobLogLocation; // empty for JobLog::defaultLocation()
    // The agency's Wazo stack for real (not training) orders; its password is in the keychain
    // under SecretStore::portalKey(host, user).
    QString portalUrl; // https://host[:port]
    QString portalUser;
    QString portalPinSha256; // the stack's certificate fingerprint
    // What a new order's phones start with (language, time zone, time server); each order keeps its own.
    PhoneRegion phoneRegion;

    static WorkbenchSettings load();
    void save() const;

    /** The languages the workbench speaks, as --lang and the "language" key take them. */
    static bool isSupportedLanguage(const QString &language);
};

} // namespace Staging
