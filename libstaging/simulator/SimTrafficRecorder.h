// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulator/HttpRequest.h"
#include "simulator/HttpResponse.h"

#include <QFile>
#include <QString>

namespace Staging {

/**
 * Writes every API exchange the simulator answers to a JSON Lines file, so that CI can check the
 * simulator's answers and the clients' requests against Wazo's published OpenAPI files without
 * those files being part of the build. Off unless STAGING_SIM_TRAFFIC_DIR names a directory; each
 * simulator instance then writes its own "sim-<pid>-<n>.jsonl" there (tests run in parallel
 * processes, and one file per writer needs no locking).
 */
class SimTrafficRecorder
{
public:
    SimTrafficRecorder();

    bool isEnabled() const { return m_file.isOpen(); }
    void record(const HttpRequest &request, const HttpResponse &response);

private:
    QFile m_file;
};

} // namespace Staging
