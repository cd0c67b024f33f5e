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

int LabelsCommand::run(const CtlContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints an order's labels to a PDF, a ZPL file or a Zebra printer.\n"
           "Exit status: 0 printed, 1 some labels lack data (nothing printed), 2 bad options, unreadable "
           "input or printer unreachable."));
    parser.addHelpOption();
    const QCommandLineOption planOption(
        QStringLiteral("plan"), tr("Labels from a numbering plan (CSV or XLSX)."), tr("FILE"));
    const QCommandLineOption orderOption(
        QStringLiteral("order"), tr("Labels of an order saved in the job log."), tr("ID"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
        tr("handset, box, shuttle-ports or shuttle-box (default: every kind, the whole order)."), tr("KIND"));
    const QCommandLineOption stationOption(QStringLiteral("station"),
        tr("Only the label of this station (extension or name), to reprint it."), tr("STATION"));
    const QCommandLineOption mediaOption(QStringLiteral("media"),
        tr("The labels' medium, remembered for this destination: %1.").arg(MediaCatalog::builtIn().ids()), tr("NAME"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write a PDF."), tr("FILE.pdf"));
    const QCommandLineOption zplOption(QStringLiteral("zpl"), tr("Write ZPL II to a file."), tr("FILE"));
    const QCommandLineOption zplHostOption(
        QStringLiteral("zpl-host"), tr("Send ZPL II to a Zebra printer (port 9100 by default)."), tr("HOST:PORT"));
    const QCommandLineOption joblogOption(QStringLiteral("joblog"),
        tr("The job log: a SQLite file or a postgresql:// URL (default: the workbench's settings, else %1).")
            .arg(JobLog::defaultLocation()),
        tr("LOCATION"));
    parser.addOptions({ planOption, orderOption, kindOption, stationOption, mediaOption, outOption, zplOption,
        zplHostOption, joblogOption });
    if (const auto exit = parseArguments(parser, context)) {
        return *exit;
    }
    const int sources = int(parser.isSet(planOption)) + int(parser.isSet(orderOption));
    const int outputs = int(parser.isSet(outOption)) + int(parser.isSet(zplOption)) + int(parser.isSet(zplHostOption));
    if (sources != 1 || outputs != 1 || !parser.positionalArguments().isEmpty()) {
        context.err << tr("Usage: stagingctl labels --plan FILE | --order ID [--kind KIND] [--media NAME] "
                          "(--out FILE.pdf | --zpl FILE | --zpl-host HOST:PORT)")
                    << Qt::endl;
        return ExitFailure;
    }
    QList<LabelKind> kinds = allLabelKinds();
    if (parser.isSet(kindOption)) {
        const auto kind = labelKindFromId(parser.value(kindOption));
        if (!kind) {
            context.err << tr("--kind: \"%1\" is not a label kind; use handset, box, shuttle-ports or shuttle-box.")
                               .arg(parser.value(kindOption))
                        << Qt::endl;
            return ExitFailure;
        }
        kinds = { *kind };
    }

    // Where the labels go, and the name its medium is remembered under.
    const bool zpl = !parser.isSet(outOption);
    QString host;
    quint16 port = 0;
    QString destination;
    if (parser.isSet(zplHostOption)) {
        const auto parsed = ZplSender::parseDestination(parser.value(zplHostOption));
        if (!parsed) {
            context.err << tr("--zpl-host: %1").arg(parsed.error().message) << Qt::endl;
            return ExitFailure;
        }
        std::tie(host, port) = *parsed;
        destination = QStringLiteral("zpl:%1:%2").arg(host).arg(port);
    } else {
        destination = QStringLiteral("file:") + QFileInfo(parser.value(zpl ? zplOption : outOption)).absoluteFilePath();
    }
    const QString printer =
        parser.isSet(zplHostOption) ? destination : (zpl ? QStringLiteral("zpl-file") : QStringLiteral("pdf-file"));
    QSettings settings;
    LabelMediaSettings mediaSettings(settings);
    QString mediaId = parser.value(mediaOption);
    if (mediaId.isEmpty()) {
        mediaId = mediaSettings.mediaFor(printer);
    }
    if (mediaId.isEmpty()) {
        mediaId = zpl ? DefaultZplMedia : DefaultPdfMedia;
    }
    const LabelMedia *media = MediaCatalog::builtIn().find(mediaId);
    if (!media) {
        context.err << tr("--media: unknown medium \"%1\"; known: %2.").arg(mediaId, MediaCatalog::builtIn().ids())
                    << Qt::endl;
        return ExitFailure;
    }
    if (zpl && !media->zpl) {
        context.err << tr("--media: %1 is not a Zebra medium; ZPL needs one of the zebra-* media.").arg(media->name)
                    << Qt::endl;
        return ExitFailure;
    }

    // The data: the order as saved and what the job log knows of its Shuttle, or a plan as it is.
    CommandOrder loaded =
        loadCommandOrder(context, parser.value(planOption), parser.value(orderOption), parser.value(joblogOption));
    if (loaded.exitCode) {
        return *loaded.exitCode;
    }
    const Order order = std::move(loaded.order);
    const std::unique_ptr<JobLog> joblog = std::move(loaded.jobLog);
    const ModelCatalog &catalog = ModelCatalog::builtIn();
    QList<JobEvent> history;
    if (joblog) {
        auto events = joblog->history(order.orderId);
        if (!events) {
            context.err << events.error().message << Qt::endl;
            return ExitFailure;
        }
        history = std::move(events).value();
    }

    const LabelDataBuilder builder(catalog, order, ShuttleFacts::fromHistory(history));
    const QString station = parser.value(stationOption);
    const LabelBatch batch = LabelBatch::build(builder, kinds, *media, station);
    const QList<LabelLayout> &layouts = batch.layouts;
    const QStringList &problems = batch.problems;
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems)) {
            context.err << p << Qt::endl;
        }
        context.err << tr("Nothing was printed.") << Qt::endl;
        return ExitProblems;
    }
    if (layouts.isEmpty()) {
        context.err << (station.isEmpty() ? tr("There is no label of this kind to print.")
                                          : tr("No station \"%1\" with a phone.").arg(station))
                    << Qt::endl;
        return ExitProblems;
    }

    const QDateTime started = QDateTime::currentDateTimeUtc();
    Status printed = Done {};
    if (!zpl) {
        printed = LabelRenderer::toPdf(layouts, *media, parser.value(outOption));
    } else if (parser.isSet(zplOption)) {
        printed = writeZplFile(parser.value(zplOption), ZplWriter::write(layouts));
    } else {
        printed = sendZpl(host, port, ZplWriter::write(layouts));
    }
    if (parser.isSet(mediaOption) && printed) {
        mediaSettings.remember(printer, media->id);
    }
    // Every print of an order, done or failed, goes into its history.
    if (joblog) {
        const LabelPrint print { order.orderId, LabelKind::Handset, 0, media->id, destination,
            settings.value(QStringLiteral("technician")).toString(),
            settings.value(QStringLiteral("bench"), QSysInfo::machineHostName()).toString(), started,
            printed ? QString() : printed.error().message };
        const QList<JobEvent> events = batch.printEvents(print);
        if (const Status recorded = joblog->appendBatch(events); !recorded) {
            context.err << recorded.error().message << Qt::endl;
            return ExitFailure;
        }
    }
    if (!printed) {
        context.err << printed.error().message << Qt::endl;
        return ExitFailure;
    }
    context.out
        << tr("%n label(s) on %1 to %2.", nullptr, static_cast<int>(layouts.size())).arg(media->name, destination)
        << Qt::endl;
    return ExitOk;
}

} // namespace Staging::Ctl
