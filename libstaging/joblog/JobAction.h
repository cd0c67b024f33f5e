// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Staging {

/**
 * The job-log actions that one part of the program writes and another reads back (a page resuming,
 * the sign-off, the labels, stagingctl). Stored as they are: renaming one would orphan the events
 * already in every job log. Actions written and read in one place only stay where they are.
 */
namespace JobAction {

// Every step.
/** Closes a step (OrderProgress). */
inline QString stepDone()
{
    return QStringLiteral("step-done");
}

// Hardware.
inline QString checklistConfirm()
{
    return QStringLiteral("checklist-confirm");
}
inline QString checklistWithdraw()
{
    return QStringLiteral("checklist-withdraw");
}

// Debian install (PreseedServer).
inline QString preseedArmed()
{
    return QStringLiteral("preseed-armed");
}
inline QString preseedDisarmed()
{
    return QStringLiteral("preseed-disarmed");
}
inline QString preseedFetch()
{
    return QStringLiteral("preseed-fetch");
}
/** The installer's report of the Shuttle's address and host keys (InstallerReport). */
inline QString installerCallback()
{
    return QStringLiteral("installer-callback");
}

// Post-install: each step is recorded under its id (PostInstallSteps::ids()).
inline QString postInstallHostname()
{
    return QStringLiteral("hostname");
}
inline QString postInstallNetwork()
{
    return QStringLiteral("network");
}
inline QString postInstallCertificate()
{
    return QStringLiteral("certificate");
}
inline QString postInstallWazo()
{
    return QStringLiteral("wazo");
}
inline QString postInstallHardware()
{
    return QStringLiteral("hardware");
}

// Portal.
/** One run of the portal page, from "started" to its end. */
inline QString apply()
{
    return QStringLiteral("apply");
}
inline QString stackRegister()
{
    return QStringLiteral("stack-register");
}
inline QString stackUpdate()
{
    return QStringLiteral("stack-update");
}
inline QString stackCopyRemoved()
{
    return QStringLiteral("stack-copy-removed");
}

// Phones.
inline QString scanMac()
{
    return QStringLiteral("scan-mac");
}
inline QString skipPhone()
{
    return QStringLiteral("skip-phone");
}
inline QString replacePhone()
{
    return QStringLiteral("replace-phone");
}
inline QString phoneSynchronized()
{
    return QStringLiteral("phone-synchronized");
}
/** A phone fetched its provisioning from the bench service. */
inline QString phoneFetch()
{
    return QStringLiteral("phone-fetch");
}
/** An order's phone admin password was made (BenchSecretsJob, stagingctl). */
inline QString adminPasswordMade()
{
    return QStringLiteral("phone-admin-password-generated");
}
/** The same for the phones' user password. */
inline QString userPasswordMade()
{
    return QStringLiteral("phone-user-password-generated");
}
inline QString vpnProfileImported()
{
    return QStringLiteral("vpn-profile-imported");
}

// Migration (PhoneMigration): per phone, its target is the phone's MAC.
inline QString migrationPhoneStarted()
{
    return QStringLiteral("migration-phone-started");
}
/** The phone showed on the stack, through the customer's VPN. */
inline QString migrationPhoneSeen()
{
    return QStringLiteral("migration-phone-seen");
}
/** Claimed into the tenant, attached to its line and synchronized. */
inline QString migrationPhoneAttached()
{
    return QStringLiteral("migration-phone-attached");
}
/** Ok: the stack says configured. Failed: the phone's move ended there; detail "reason" says why. */
inline QString migrationPhoneConfigured()
{
    return QStringLiteral("migration-phone-configured");
}
/** The technician left the phone on the old server and went on. */
inline QString migrationPhoneLeft()
{
    return QStringLiteral("migration-phone-left");
}

// Labels.
inline QString printLabels()
{
    return QStringLiteral("print-labels");
}

// Sign-off.
/** The supervisor's approval, in step "signoff"; its target is the supervisor. */
inline QString supervisorApproval()
{
    return QStringLiteral("supervisor-approval");
}
inline QString reportWritten()
{
    return QStringLiteral("report-written");
}

} // namespace JobAction

} // namespace Staging
