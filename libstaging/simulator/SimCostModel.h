// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Staging {

/**
 * What the work behind a request costs on a real Wazo, so that no path of the simulator looks
 * faster than the stack it stands for.
 *
 * Calibrated on 2026-12-04 against the real wazo-confd and wazo-auth of Wazo 26.08 on a 2-core
 * machine, from their own logs and CPU time (BENCHMARKS.md, "Portal provisioning on the real Wazo
 * services"):
 *  - an import row costs confd about 90 ms, and its login about 150 ms in wazo-auth, which hashes
 *    the password; each import request that makes logins also has confd log in to wazo-auth
 *    once, about 150 ms more there (100 rows with logins in one import: 27–32 s);
 *  - a compound POST /users with a login costs confd about 280 ms and wazo-auth about 256 ms: its
 *    own log-in and the login (538 ms a station, one at a time);
 *  - a phone's claim, attachment or synchronization costs about 110 ms of confd, provd and
 *    PostgreSQL together and 70 ms of wazo-auth, which checks the tokens of confd's and provd's
 *    calls (100 phones: about 54 s of CPU more than the same order without them);
 *  - confd and wazo-auth each do one thing at a time (their CPU bounds every path: two imports
 *    at once take as long as one of both), but one may work while the other does.
 *  - not calibrated but kept modest, between a plain read and a user: a write that reaches the
 *    dialplan or a phone's function keys (ring groups, their members and extension, a user's
 *    function keys) costs confd about 40 ms; a function key of a user with a phone also has confd
 *    update the phone through provd, which costs what a phone request does.
 * So each costly request queues its confd part behind the confd work already queued, then its
 * wazo-auth part behind the wazo-auth work: the answer comes when both are done. Other requests
 * cost their latency only. A scale (1.0 = those figures) lets tests shrink every cost by the same
 * ratio without making any of them zero or letting work overlap that does not.
 */
class SimCostModel
{
public:
    static constexpr double kImportRowConfdMs = 90.0;
    static constexpr double kImportLoginAuthMs = 150.0;
    static constexpr double kServiceTokenAuthMs = 150.0; // confd's own log-in, once per import with logins
    static constexpr double kUserConfdMs = 280.0;
    static constexpr double kUserLoginAuthMs = 256.0;
    static constexpr double kPhoneRequestConfdMs = 110.0;
    static constexpr double kPhoneRequestAuthMs = 70.0;
    static constexpr double kConfigWriteConfdMs = 40.0;

    void setScale(double scale) { m_scale = scale; }
    double scale() const { return m_scale; }
    /** Queues the work; the milliseconds from now until its answer. */
    int charge(double confdMs, double authMs);

private:
    double m_scale = 1.0;
    qint64 m_confdFree = 0; // ms since the epoch at which confd has done what is queued
    qint64 m_authFree = 0;
};

} // namespace Staging
