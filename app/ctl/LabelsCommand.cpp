// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctl/LabelsCommand.h"

#include "joblog/JobLog.h"
#include "labels/LabelBatch.h"
#include "labels/LabelDataBuilder.h"
#include "labels/LabelLayout.h"
#include "labels/LabelMediaSettings.h"
#include "labels/LabelPrint.h"
#include "labels/LabelRenderer.h"
#include "labels/MediaCatalog.h"
#include "labels/ZplSender.h"
#include "labels/ZplWriter.h"
#include "order/ModelCatalog.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSysInfo>

namespace Staging::Ctl {

namespace {

// The default medium when the printer has none remembered: the bench's usual roll for each language.
const QString DefaultPdfMedia = QStringLiteral("brother-62x29");
const QString DefaultZplMedia = QStringLiteral("zebra-4x2");

Status writeZplFile(const QString &path, const QByteArray &zpl)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(zpl) != zpl.size() || !file.commit()) {
        return Error::make(ErrorKind::Io, LabelsCommand::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Done {};
}

Status sendZpl(const QString &host, quint16 port, const QByteArray &zpl)
{
    ZplSender sender;
    QEventLoop loop;
    Status result = Done {};
    QObject::connect(&sender, &ZplSender::finished, &loop, [&](const Status &status) {
        result = status;
        loop.quit();
    });
    sender.send(host, port, zpl);
    loop.exec();
    return result;
}

} // namespace

/** What to print and where: the kinds, the destination and its medium, from the options. */
struct LabelsCommand::Target
{
    QList<LabelKind> kinds;
    bool zpl = false;
    QString host; // with --zpl-host
    quint16 port = 0;
    QString destination; // what the job log records
    QString printer; // the name its medium is remembered under
    const LabelMedia *media = nullptr;
    std::optional<int> exitCode; // set when the command must stop: the message is on stderr
};

int LabelsCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints an order's labels to a PDF, a ZPL file or a Zebra printer.\n"
           "Exit status: 0 printed, 1 some labels lack data (nothing printed), 2 bad options, unreadable "
           "input or printer unreachable."));
    parser.addHelpOption();
    parser.addOptions(commandOptions());
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const Target target = parseTarget(context, parser);
    if (target.exitCode) {
        return *target.exitCode;
    }

    // The data: the order as saved and what the job log knows of its Shuttle, or a plan as it is.
    CommandOrder loaded = loadCommandOrder(context, parser.value(QStringLiteral("plan")),
        parser.value(QStringLiteral("order")), parser.value(QStringLiteral("joblog")));
    if (loaded.exitCode) {
        return *loaded.exitCode;
    }
    const Order order = std::move(loaded.order);
    const std::unique_ptr<JobLog> joblog = std::move(loaded.jobLog);
    QList<JobEvent> history;
    if (joblog) {
        auto events = joblog->history(order.orderId);
        if (!events) {
            context.err << events.error().message << Qt::endl;
            return ExitFailure;
        }
        history = std::move(events).value();
    }

    const LabelDataBuilder builder(ModelCatalog::builtIn(), order, OrderFacts::fromHistory(history));
    const QString station = parser.value(QStringLiteral("station"));
    const LabelBatch batch = LabelBatch::build(builder, target.kinds, *target.media, station);
    if (const auto exit = refuseEmptyBatch(context, batch, station)) {
        return *exit;
    }

    const QDateTime started = QDateTime::currentDateTimeUtc();
    const Status printed = printLayouts(batch.layouts, target, parser);
    if (parser.isSet(QStringLiteral("media")) && printed) {
        QSettings settings;
        LabelMediaSettings(settings).remember(target.printer, target.media->id);
    }
    // Every print of an order, done or failed, goes into its history.
    if (joblog) {
        if (const Status recorded = recordPrint(*joblog, batch, order, target, started, printed); !recorded) {
            context.err << recorded.error().message << Qt::endl;
            return ExitFailure;
        }
    }
    if (!printed) {
        context.err << printed.error().message << Qt::endl;
        return ExitFailure;
    }
    context.out << tr("%n label(s) on %1 to %2.", nullptr, static_cast<int>(batch.layouts.size()))
                       .arg(target.media->name, target.destination)
                << Qt::endl;
    return ExitOk;
}

QList<QCommandLineOption> LabelsCommand::commandOptions()
{
    return {
        QCommandLineOption(QStringLiteral("plan"), tr("Labels from a numbering plan (CSV or XLSX)."), tr("FILE")),
        QCommandLineOption(QStringLiteral("order"), tr("Labels of an order saved in the job log."), tr("ID")),
        QCommandLineOption(QStringLiteral("kind"),
            tr("handset, box, shuttle-ports or shuttle-box (default: every kind, the whole order).") + QLatin1Char(' ')
                + tr("key-sheet: the keys of the receptionists' phones, printed only when asked for."),
            tr("KIND")),
        QCommandLineOption(QStringLiteral("station"),
            tr("Only the label of this station (extension or name), to reprint it."), tr("STATION")),
        QCommandLineOption(QStringLiteral("media"),
            tr("The labels' medium, remembered for this destination: %1.").arg(MediaCatalog::builtIn().ids()),
            tr("NAME")),
        QCommandLineOption(QStringLiteral("out"), tr("Write a PDF."), tr("FILE.pdf")),
        QCommandLineOption(QStringLiteral("zpl"), tr("Write ZPL II to a file."), tr("FILE")),
        QCommandLineOption(
            QStringLiteral("zpl-host"), tr("Send ZPL II to a Zebra printer (port 9100 by default)."), tr("HOST:PORT")),
        QCommandLineOption(QStringLiteral("joblog"),
            tr("The job log: a SQLite file or a postgresql:// URL (default: the workbench's settings, else %1).")
                .arg(JobLog::defaultLocation()),
            tr("LOCATION")),
    };
}

LabelsCommand::Target LabelsCommand::parseTarget(const CtlContext &context, const QCommandLineParser &parser)
{
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    const auto value = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    Target target;
    target.exitCode = ExitFailure; // until every option is read
    const int sources = int(isSet("plan")) + int(isSet("order"));
    const int outputs = int(isSet("out")) + int(isSet("zpl")) + int(isSet("zpl-host"));
    if (sources != 1 || outputs != 1 || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Usage: stagingctl labels --plan FILE | --order ID [--kind KIND] [--media NAME] "
                          "(--out FILE.pdf | --zpl FILE | --zpl-host HOST:PORT)")
                    << Qt::endl;
        return target;
    }
    target.kinds = defaultLabelKinds();
    if (isSet("kind")) {
        const auto kind = labelKindFromId(value("kind"));
        if (!kind) {
            QStringList ids;
            for (const LabelKind known : allLabelKinds()) {
                ids.append(labelKindId(known));
            }
            context.err << tr("--kind: \"%1\" is not a label kind; use one of: %2.")
                               .arg(value("kind"), ids.join(QStringLiteral(", ")))
                        << Qt::endl;
            return target;
        }
        target.kinds = { *kind };
    }

    // Where the labels go, and the name its medium is remembered under.
    target.zpl = !isSet("out");
    if (isSet("zpl-host")) {
        const auto parsed = ZplSender::parseDestination(value("zpl-host"));
        if (!parsed) {
            context.err << tr("--zpl-host: %1").arg(parsed.error().message) << Qt::endl;
            return target;
        }
        std::tie(target.host, target.port) = *parsed;
        target.destination = QStringLiteral("zpl:%1:%2").arg(target.host).arg(target.port);
    } else {
        target.destination = QStringLiteral("file:") + QFileInfo(value(target.zpl ? "zpl" : "out")).absoluteFilePath();
    }
    target.printer =
        isSet("zpl-host") ? target.destination : (target.zpl ? QStringLiteral("zpl-file") : QStringLiteral("pdf-file"));
    target.media = findMedia(context, parser, target.printer, target.zpl);
    if (target.media) {
        target.exitCode.reset();
    }
    return target;
}

const LabelMedia *LabelsCommand::findMedia(
    const CtlContext &context, const QCommandLineParser &parser, const QString &printer, bool zpl)
{
    QSettings settings;
    QString mediaId = parser.value(QStringLiteral("media"));
    if (mediaId.isEmpty()) {
        mediaId = LabelMediaSettings(settings).mediaFor(printer);
    }
    if (mediaId.isEmpty()) {
        mediaId = zpl ? DefaultZplMedia : DefaultPdfMedia;
    }
    const LabelMedia *media = MediaCatalog::builtIn().find(mediaId);
    if (!media) {
        context.err << tr("--media: unknown medium \"%1\"; known: %2.").arg(mediaId, MediaCatalog::builtIn().ids())
                    << Qt::endl;
        return nullptr;
    }
    if (zpl && !media->zpl) {
        context.err << tr("--media: %1 is not a Zebra medium; ZPL needs one of the zebra-* media.").arg(media->name)
                    << Qt::endl;
        return nullptr;
    }
    return media;
}

std::optional<int> LabelsCommand::refuseEmptyBatch(
    const CtlContext &context, const LabelBatch &batch, const QString &station)
{
    if (!batch.problems.isEmpty()) {
        for (const QString &p : std::as_const(batch.problems)) {
            context.err << p << Qt::endl;
        }
        context.err << tr("Nothing was printed.") << Qt::endl;
        return ExitProblems;
    }
    if (batch.layouts.isEmpty()) {
        context.err << (station.isEmpty() ? tr("There is no label of this kind to print.")
                                          : tr("No station \"%1\" with a phone.").arg(station))
                    << Qt::endl;
        return ExitProblems;
    }
    return std::nullopt;
}

Status LabelsCommand::printLayouts(
    const QList<LabelLayout> &layouts, const Target &target, const QCommandLineParser &parser)
{
    if (!target.zpl) {
        return LabelRenderer::toPdf(layouts, *target.media, parser.value(QStringLiteral("out")));
    }
    if (parser.isSet(QStringLiteral("zpl"))) {
        return writeZplFile(parser.value(QStringLiteral("zpl")), ZplWriter::write(layouts));
    }
    return sendZpl(target.host, target.port, ZplWriter::write(layouts));
}

Status LabelsCommand::recordPrint(JobLog &joblog, const LabelBatch &batch, const Order &order, const Target &target,
    const QDateTime &started, const Status &printed)
{
    const QSettings settings;
    const LabelPrint print { order.orderId, LabelKind::Handset, 0, target.media->id, target.destination,
        settings.value(QStringLiteral("technician")).toString(),
        settings.value(QStringLiteral("bench"), QSysInfo::machineHostName()).toString(), started,
        printed ? QString() : printed.error().message };
    return joblog.appendBatch(batch.printEvents(print));
}

} // namespace Staging::Ctl
