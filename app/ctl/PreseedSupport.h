// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Expected.h"
#include "shuttle/PreseedBuilder.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace Staging::Ctl {

/** The options stagingctl preseed render and serve share, and the preseed settings they make. */
class PreseedSupport
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::PreseedSupport)

public:
    PreseedSupport();

    QList<QCommandLineOption> options() const;
    /** The settings from the parsed options; the hostname comes from --serial and --hostname-pattern. */
    Expected<PreseedSettings> settings(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_serial;
    QCommandLineOption m_pattern;
    QCommandLineOption m_disk;
    QCommandLineOption m_publicKey;
};

} // namespace Staging::Ctl
