// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/LabelsPage.h"

#include "DisplayLabels.h"
#include "LabelPrinter.h"
#include "joblog/JobLog.h"
#include "joblog/OrderFacts.h"
#include "labels/LabelMediaSettings.h"
#include "labels/LabelRenderer.h"
#include "labels/MediaCatalog.h"
#include "labels/ZplSender.h"
#include "labels/ZplWriter.h"
#include "wizard/OrderSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Staging {

namespace {

// LabelMediaSettings keys: the print dialog's printers share one medium, each Zebra its own.
const QString DialogPrinter = QStringLiteral("print-dialog");
constexpr int PreviewWidth = 240;

QString kindText(LabelKind kind)
{
    switch (kind) {
    case LabelKind::Handset:
        return LabelsPage::tr("Handset");
    case LabelKind::Box:
        return LabelsPage::tr("Phone box");
    case LabelKind::ShuttlePorts:
        return LabelsPage::tr("Shuttle ports");
    case LabelKind::ShuttleBox:
        return LabelsPage::tr("Shuttle box");
    case LabelKind::KeySheet:
        return LabelsPage::tr("Key sheet");
    }
    return {};
}

} // namespace

LabelsPage::LabelsPage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Labels, session, parent)
    , m_printer(new QPrinter(QPrinter::HighResolution))
    , m_zpl(new ZplSender(this))
{
    setSubTitle(tr("Labels for every handset, box and port."));

    m_mediaCombo = new QComboBox(this);
    m_mediaCombo->setObjectName(QStringLiteral("mediaComboBox"));
    for (const LabelMedia &media : MediaCatalog::builtIn().media()) {
        m_mediaCombo->addItem(DisplayLabels::resourceText(media.name), media.id);
    }
    m_zplHostEdit = new QLineEdit(this);
    m_zplHostEdit->setObjectName(QStringLiteral("zplHostLineEdit"));
    m_zplHostEdit->setPlaceholderText(tr("Zebra printer: host or host:port"));
    // Off by default: most phones label their keys on their screen; some need a paper strip.
    m_keySheetCheck = new QCheckBox(tr("Key sheets of the receptionists' phones, for keys labelled on paper"), this);
    m_keySheetCheck->setObjectName(QStringLiteral("keySheetCheckBox"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("labelsList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(PreviewWidth, PreviewWidth / 2));
    m_list->setSpacing(8);
    m_list->setWordWrap(true);
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("labelProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("labelsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_printAllButton = new QPushButton(tr("Print &all"), this);
    m_printAllButton->setObjectName(QStringLiteral("printAllButton"));
    m_printKindButton = new QPushButton(tr("Print this &kind"), this);
    m_printKindButton->setObjectName(QStringLiteral("printKindButton"));
    m_printOneButton = new QPushButton(tr("Print the &selected label"), this);
    m_printOneButton->setObjectName(QStringLiteral("printSelectedButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Medium:"), m_mediaCombo);
    form->addRow(tr("Zebra printer:"), m_zplHostEdit);
    form->addRow(m_keySheetCheck);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_printAllButton);
    buttons->addWidget(m_kindCombo);
    buttons->addWidget(m_printKindButton);
    buttons->addWidget(m_printOneButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(content());
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_statusLabel);

    connect(m_mediaCombo, &QComboBox::currentIndexChanged, this, &LabelsPage::rebuild);
    connect(m_keySheetCheck, &QCheckBox::toggled, this, &LabelsPage::rebuild);
    connect(m_printAllButton, &QPushButton::clicked, this, [this]() { requestPrint(Selection::All); });
    connect(m_printKindButton, &QPushButton::clicked, this, [this]() { requestPrint(Selection::Kind); });
    connect(m_printOneButton, &QPushButton::clicked, this, [this]() { requestPrint(Selection::One); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_printOneButton->setEnabled(row >= 0); });
}

LabelsPage::~LabelsPage()
{
    delete m_printer;
}

void LabelsPage::initializePage()
{
    QSettings settings;
    const QString remembered = LabelMediaSettings(settings).mediaFor(DialogPrinter);
    const int index = m_mediaCombo->findData(remembered.isEmpty() ? QStringLiteral("brother-62x29") : remembered);
    if (index >= 0 && index != m_mediaCombo->currentIndex()) {
        m_mediaCombo->setCurrentIndex(index); // rebuilds
    } else {
        rebuild();
    }
}

const LabelMedia *LabelsPage::media() const
{
    return MediaCatalog::builtIn().find(m_mediaCombo->currentData().toString());
}

void LabelsPage::rebuild()
{
    const LabelMedia *medium = media();
    if (!medium || !session().hasOrder()) {
        return;
    }
    const Order &order = session().order();
    const auto history = session().jobLog().history(order.orderId);
    QList<LabelKind> kinds = defaultLabelKinds();
    if (onAgencyStack(order.mode)) {
        kinds = { LabelKind::Handset, LabelKind::Box }; // no Shuttle
    }
    if (m_keySheetCheck->isChecked()) {
        kinds.append(LabelKind::KeySheet);
    }
    const LabelDataBuilder builder(
        session().catalog(), order, OrderFacts::fromHistory(history ? *history : QList<JobEvent> {}));
    m_batch = LabelBatch::build(builder, kinds, *medium);

    m_list->clear();
    for (const LabelLayout &layout : std::as_const(m_batch.layouts)) {
        const QImage image = LabelRenderer::toImage(layout, 0);
        auto *item =
            new QListWidgetItem(QIcon(QPixmap::fromImage(image.scaledToWidth(PreviewWidth, Qt::SmoothTransformation))),
                tr("%1 — %2").arg(kindText(layout.kind), layout.subject), m_list);
        item->setData(Qt::UserRole, labelKindId(layout.kind));
    }
    const QString kindBefore = m_kindCombo->currentData().toString();
    m_kindCombo->clear();
    for (const auto &[kind, count] : m_batch.counts()) {
        m_kindCombo->addItem(tr("%1 (%2)").arg(kindText(kind)).arg(count), labelKindId(kind));
    }
    m_kindCombo->setCurrentIndex(qMax(0, m_kindCombo->findData(kindBefore)));
    QStringList problems;
    for (const QString &problem : std::as_const(m_batch.problems)) {
        problems.append(problem.toHtmlEscaped());
    }
    m_problemsLabel->setText(problems.isEmpty() ? QString()
                                                : tr("These labels cannot be printed yet:") + QStringLiteral("<br>")
                + problems.join(QStringLiteral("<br>")));
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_zplHostEdit->setEnabled(medium->zpl);
    const bool any = !m_batch.layouts.isEmpty();
    m_printAllButton->setEnabled(any);
    m_printKindButton->setEnabled(any);
    m_printOneButton->setEnabled(m_list->currentRow() >= 0);
    restorePrinted();
}

QList<LabelLayout> LabelsPage::selected(Selection selection) const
{
    QList<LabelLayout> labels;
    const QString kind = m_kindCombo->currentData().toString();
    for (qsizetype i = 0; i < m_batch.layouts.size(); ++i) {
        const LabelLayout &layout = m_batch.layouts.at(i);
        if (selection == Selection::All || (selection == Selection::Kind && labelKindId(layout.kind) == kind)
            || (selection == Selection::One && i == m_list->currentRow())) {
            labels.append(layout);
        }
    }
    return labels;
}

void LabelsPage::requestPrint(Selection selection)
{
    const LabelMedia *medium = media();
    if (!medium) {
        return;
    }
    if (medium->zpl) {
        sendZpl(selection);
        return;
    }
    // Window-modal and asynchronous: the wizard keeps running while the dialog is open.
    auto *dialog = new QPrintDialog(m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, selection]() { print(*m_printer, selection); });
    dialog->open();
}

Status LabelsPage::print(QPrinter &printer, Selection selection)
{
    const LabelMedia *medium = media();
    const QList<LabelLayout> labels = selected(selection);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    Status result = medium ? LabelPrinter::print(printer, labels, *medium)
                           : Status(Error::make(ErrorKind::InvalidInput, tr("No medium is chosen.")));
    const QString destination = printer.outputFormat() == QPrinter::PdfFormat
        ? QStringLiteral("file:") + printer.outputFileName()
        : printer.printerName();
    if (result && medium) {
        QSettings settings;
        LabelMediaSettings(settings).remember(DialogPrinter, medium->id);
    }
    record(labels, destination, started, result);
    return result;
}

void LabelsPage::sendZpl(Selection selection)
{
    const auto parsed = ZplSender::parseDestination(m_zplHostEdit->text().trimmed());
    if (!parsed) {
        m_statusLabel->setText(tr("Zebra printer: %1").arg(parsed.error().message));
        return;
    }
    const auto [host, port] = *parsed;
    const QList<LabelLayout> labels = selected(selection);
    const QString destination = QStringLiteral("zpl:%1:%2").arg(host).arg(port);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    m_statusLabel->setText(tr("Sending to %1…").arg(destination));
    disconnect(m_zpl, &ZplSender::finished, this, nullptr);
    connect(m_zpl, &ZplSender::finished, this, [this, labels, destination, started](const Status &result) {
        if (result) {
            QSettings settings;
            LabelMediaSettings(settings).remember(destination, m_mediaCombo->currentData().toString());
        }
        record(labels, destination, started, result);
    });
    m_zpl->send(host, port, ZplWriter::write(labels));
}

void LabelsPage::record(
    const QList<LabelLayout> &labels, const QString &destination, const QDateTime &started, const Status &result)
{
    LabelBatch printedBatch;
    printedBatch.layouts = labels;
    const LabelPrint print { session().order().orderId, LabelKind::Handset, 0, m_mediaCombo->currentData().toString(),
        destination, session().settings().technician, session().settings().bench, started,
        result ? QString() : result.error().message };
    for (const JobEvent &event : printedBatch.printEvents(print)) {
        session().record(OrderStep::Labels, event.action, event.target, event.result, event.detail, event.started);
    }
    m_statusLabel->setText(
        result ? tr("%n label(s) sent to %1.", nullptr, int(labels.size())).arg(destination) : result.error().message);
    restorePrinted();
    Q_EMIT printed(result);
}

void LabelsPage::restorePrinted()
{
    // What was printed before the wizard was closed counts: the job log is the memory.
    m_printedKinds.clear();
    const auto history = session().jobLog().history(session().order().orderId);
    if (history) {
        m_printedKinds = OrderFacts::fromHistory(*history).printedLabelKinds;
    }
    Q_EMIT completeChanged();
}

bool LabelsPage::stepComplete() const
{
    if (m_batch.layouts.isEmpty()) {
        return false;
    }
    for (const auto &[kind, count] : m_batch.counts()) {
        if (!m_printedKinds.contains(labelKindId(kind))) {
            return false;
        }
    }
    return true;
}

} // namespace Staging
