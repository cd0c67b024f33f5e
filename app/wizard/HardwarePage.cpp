// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/HardwarePage.h"

#include "DisplayLabels.h"
#include "MessageBanner.h"
#include "core/ShuttleHostname.h"
#include "shuttle/ShuttleCatalog.h"
#include "wizard/OrderSession.h"
#include "wizard/PortStickerDiagram.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Staging {

namespace {

const QString BiosStep = QStringLiteral("bios-power-on-ac");
const QString StickersStep = QStringLiteral("port-stickers");

} // namespace

HardwarePage::HardwarePage(OrderSession &session, QWidget *parent)
    : WizardPage(OrderStep::Hardware, session, parent)
{
    setSubTitle(tr("The Shuttle: model, serial and checklist."));

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("hardwareBanner"));

    auto *modelBox = new QGroupBox(tr("Model"), this);
    m_modelLabel = new QLabel(modelBox);
    m_modelLabel->setObjectName(QStringLiteral("recommendedModelLabel"));
    m_modelLabel->setWordWrap(true);
    m_modelWarning = new MessageBanner(modelBox);
    m_modelWarning->setObjectName(QStringLiteral("modelWarningBanner"));
    auto *modelLayout = new QVBoxLayout(modelBox);
    modelLayout->addWidget(m_modelLabel);
    modelLayout->addWidget(m_modelWarning);

    auto *serialBox = new QGroupBox(tr("Serial"), this);
    m_serialEdit = new QLineEdit(serialBox);
    m_serialEdit->setObjectName(QStringLiteral("serialLineEdit"));
    m_serialEdit->setPlaceholderText(tr("Scan the barcode under the Shuttle, or type the serial and press Enter"));
    m_serialEdit->setMaxLength(64);
    m_serialButton = new QPushButton(tr("&Use this serial"), serialBox);
    m_serialButton->setObjectName(QStringLiteral("confirmSerialButton"));
    m_hostnameLabel = new QLabel(serialBox);
    m_hostnameLabel->setObjectName(QStringLiteral("hostnameLabel"));
    m_hostnameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *serialRow = new QHBoxLayout;
    serialRow->addWidget(m_serialEdit, 1);
    serialRow->addWidget(m_serialButton);
    auto *serialLayout = new QFormLayout(serialBox);
    serialLayout->addRow(tr("Serial:"), serialRow);
    serialLayout->addRow(tr("Hostname:"), m_hostnameLabel);
    // A barcode scanner is a keyboard that types fast and presses Enter: both end here.
    connect(m_serialEdit, &QLineEdit::returnPressed, this, &HardwarePage::confirmSerial);
    connect(m_serialButton, &QPushButton::clicked, this, &HardwarePage::confirmSerial);

    m_checklistBox = new QGroupBox(tr("Checklist"), this);
    buildChecklist({});

    auto *layout = new QVBoxLayout(content());
    layout->addWidget(m_banner);
    layout->addWidget(modelBox);
    layout->addWidget(serialBox);
    layout->addWidget(m_checklistBox, 1);
}

HardwarePage::~HardwarePage() = default;

QString HardwarePage::checkBoxName(const QString &stepId)
{
    QString name;
    bool upper = false;
    for (const QChar c : stepId) {
        if (c == QLatin1Char('-')) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("CheckBox");
}

void HardwarePage::buildChecklist(const QString &biosHint)
{
    auto *grid = new QGridLayout(m_checklistBox);
    int row = 0;
    for (const HardwareChecklist::Step &step : HardwareChecklist::steps(biosHint)) {
        auto *box = new QCheckBox(step.title, m_checklistBox);
        box->setObjectName(checkBoxName(step.id));
        auto *hint = new QLabel(step.hint, m_checklistBox);
        hint->setObjectName(checkBoxName(step.id).replace(QLatin1String("CheckBox"), QLatin1String("HintLabel")));
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *confirmed = new QLabel(m_checklistBox);
        grid->addWidget(box, row, 0);
        grid->addWidget(confirmed, row, 1);
        grid->addWidget(hint, row + 1, 0, 1, 2);
        row += 2;
        m_boxes.insert(step.id, box);
        m_confirmedLabels.insert(step.id, confirmed);
        if (step.id == QLatin1String(HardwareChecklist::SerialStep)) {
            // Checked by scanning, never by hand: the serial is what is recorded.
            box->setEnabled(false);
            continue;
        }
        if (step.id == StickersStep) {
            grid->addWidget(new PortStickerDiagram(m_checklistBox), row, 0, 1, 2);
            ++row;
        }
        const QString id = step.id;
        connect(box, &QCheckBox::clicked, this, [this, id](bool checked) { confirmStep(id, checked); });
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(row, 1);
}

void HardwarePage::initializePage()
{
    m_banner->clearMessage();
    const Order &order = session().order();
    const ShuttleCatalog::Recommendation recommended = ShuttleCatalog::builtIn().recommend(int(order.stations.size()));
    m_modelLabel->setText(
        tr("%1 — sized for up to %n station(s), %2 GiB RAM, Debian on %3.", nullptr, recommended.model.maxStations)
            .arg(recommended.model.name)
            .arg(recommended.model.ramGb)
            .arg(recommended.model.disk));
    if (recommended.warning.isEmpty()) {
        m_modelWarning->clearMessage();
    } else {
        m_modelWarning->showMessage(MessageBanner::Kind::Warning, recommended.warning);
    }
    // The BIOS menu is the model's.
    for (const HardwareChecklist::Step &step :
        HardwareChecklist::steps(DisplayLabels::resourceText(recommended.model.biosHint))) {
        if (step.id == BiosStep) {
            if (auto *hint = m_checklistBox->findChild<QLabel *>(
                    checkBoxName(step.id).replace(QLatin1String("CheckBox"), QLatin1String("HintLabel")))) {
                hint->setText(step.hint);
            }
        }
    }

    auto loaded = HardwareChecklist::load(session().jobLog(), order.orderId);
    if (!loaded) {
        m_banner->showMessage(MessageBanner::Kind::Error, loaded.error().message);
        m_checklist = {};
    } else {
        m_checklist = std::move(loaded).value();
    }
    m_serialEdit->setText(m_checklist.serial());
    showChecklist();
}

bool HardwarePage::stepComplete() const
{
    return m_checklist.isComplete();
}

void HardwarePage::confirmSerial()
{
    const QString serial = m_serialEdit->text().trimmed();
    if (serial.isEmpty()) {
        return;
    }
    const WorkbenchSettings &settings = session().settings();
    const ShuttleModel model = ShuttleCatalog::builtIn().recommend(int(session().order().stations.size())).model;
    Status confirmed = model.checkSerial(serial);
    if (confirmed) {
        confirmed = m_checklist.confirmSerial(
            session().jobLog(), serial, ShuttleHostname::defaultPattern(), settings.technician, settings.bench);
    }
    if (!confirmed) {
        m_banner->showMessage(MessageBanner::Kind::Error, confirmed.error().message);
        m_serialEdit->selectAll();
        return;
    }
    m_banner->clearMessage();
    // Selected, so that scanning again (a wrong barcode) replaces it.
    m_serialEdit->setText(m_checklist.serial());
    m_serialEdit->selectAll();
    session().refreshProgress();
    showChecklist();
}

void HardwarePage::confirmStep(const QString &stepId, bool confirm)
{
    const WorkbenchSettings &settings = session().settings();
    const Status confirmed = confirm
        ? m_checklist.confirm(session().jobLog(), stepId, settings.technician, settings.bench)
        : m_checklist.withdraw(session().jobLog(), stepId, settings.technician, settings.bench);
    if (!confirmed) {
        m_banner->showMessage(MessageBanner::Kind::Error, confirmed.error().message);
    } else {
        m_banner->clearMessage();
        session().refreshProgress();
    }
    showChecklist();
}

void HardwarePage::showChecklist()
{
    const QString hostname = m_checklist.hostname();
    m_hostnameLabel->setText(hostname.isEmpty() ? tr("(scan the serial first)") : hostname);
    const QLocale locale;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const bool confirmed = m_checklist.isConfirmed(it.key());
        QCheckBox *box = it.value();
        // Unticking takes a confirmation back, recorded too; the serial is ticked by its scan only.
        box->setChecked(confirmed);
        const HardwareChecklist::Confirmation c = m_checklist.confirmation(it.key());
        m_confirmedLabels.value(it.key())->setText(confirmed
                ? tr("%1, %2").arg(c.technician, locale.toString(c.at.toLocalTime(), QLocale::ShortFormat))
                : QString());
    }
    Q_EMIT completeChanged();
}

} // namespace Staging
