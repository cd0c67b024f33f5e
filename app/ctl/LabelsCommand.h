// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ctl/CtlContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;

class QDateTime;

namespace Staging {
class JobLog;
struct LabelBatch;
struct LabelLayout;
struct LabelMedia;
} // namespace Staging

namespace Staging::Ctl {

/**
 * stagingctl labels --plan FILE | --order ID [--kind KIND] [--station EXT] [--media NAME]
 * (--out FILE.pdf | --zpl FILE | --zpl-host HOST:PORT). Needs a QGuiApplication (PDF painting).
 */
class LabelsCommand
{
    Q_DECLARE_TR_FUNCTIONS(Staging::Ctl::LabelsCommand)

public:
    static int run(const CtlContext &context);

private:
    struct Target;

    static QList<QCommandLineOption> commandOptions();
    static Target parseTarget(const CtlContext &context, const QCommandLineParser &parser);
    static const LabelMedia *findMedia(
        const CtlContext &context, const QCommandLineParser &parser, const QString &printer, bool zpl);
    static std::optional<int> refuseEmptyBatch(
        const CtlContext &context, const LabelBatch &batch, const QString &station);
    static Status printLayouts(
        const QList<LabelLayout> &layouts, const Target &target, const QCommandLineParser &parser);
    static Status recordPrint(JobLog &joblog, const LabelBatch &batch, const Order &order, const Target &target,
        const QDateTime &started, const Status &printed);
};

} // namespace Staging::Ctl
