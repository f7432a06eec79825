#include "gui/sla/SlaSettingsWindow.h"

#include "app/io/ImportService.h"
#include "app/sla/CalendarService.h"
#include "app/sla/SlaService.h"
#include "core/common/Instant.h"
#include "core/sla/BuiltinCalendars.h"
#include "gui/main/DeskSession.h"
#include "gui/sla/HolidayEntryDialog.h"
#include "gui/sla/SlaCalendarsTab.h"
#include "gui/sla/SlaPolicyModel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ingot {

namespace {
constexpr qint64 kDay = 24 * 3600;

// Midnight after `now` in the desk's zone, the earliest sensible start of a new version, as the
// wall-clock fields the editor shows: it has no zone of its own, policyOnScreen() adds the desk's.
QDateTime nextLocalMidnight(qint64 now)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now + kDay, Instant::localZone());
    return QDateTime(local.date(), QTime(0, 0));
}
}  // namespace

SlaSettingsWindow::SlaSettingsWindow(DeskSession& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setObjectName(QStringLiteral("slaSettingsWindow"));
    setWindowTitle(tr("Service levels — IngotDesk"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(buildPolicyTab(), tr("SLA &policy"));
    m_calendarsTab = new SlaCalendarsTab(m_session, this);
    tabs->addTab(m_calendarsTab, tr("&Calendars"));
    tabs->addTab(buildHolidayTab(), tr("&Holidays and make-up days"));
    layout->addWidget(tabs);
    connect(m_calendarsTab, &SlaCalendarsTab::calendarsChanged, this, &SlaSettingsWindow::fillCalendarChoices);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    resize(860, 620);
    reload();
    fillCalendarChoices();
}

void SlaSettingsWindow::closeEvent(QCloseEvent* event)
{
    if (!m_calendarsTab->confirmDiscard()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void SlaSettingsWindow::fillCalendarChoices()
{
    // Custom calendars too, so a new policy version can choose the copy an admin just saved.
    const QStringList names = m_calendarsTab->calendarNames();
    if (names.isEmpty())
        return;
    for (QComboBox* combo : std::as_const(m_calendars)) {
        const QString current = combo->currentText();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItems(names);
        combo->setCurrentText(current);
    }
}

QWidget* SlaSettingsWindow::buildPolicyTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);

    auto* top = new QFormLayout;
    m_version = new QComboBox(page);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    top->addRow(tr("&Version:"), m_version);
    layout->addLayout(top);

    m_model = new SlaPolicyModel(this);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("targetsTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    auto* calendars = new QHBoxLayout;
    for (Tier tier : allTiers()) {
        auto* combo = new QComboBox(page);
        combo->setObjectName(QStringLiteral("calendar_") + tierKey(tier));
        combo->addItems(BuiltinCalendars::names());
        combo->setEditable(true);  // a custom calendar by name; the service checks it exists
        calendars->addWidget(new QLabel(tr("Tier %1:").arg(tierKey(tier)), page));
        calendars->addWidget(combo, 1);
        m_calendars << combo;
    }
    form->addRow(tr("Calendars:"), calendars);
    m_atRisk = new QSpinBox(page);
    m_atRisk->setObjectName(QStringLiteral("atRiskSpin"));
    m_atRisk->setRange(1, 100);
    m_atRisk->setSuffix(QStringLiteral(" %"));
    m_atRisk->setToolTip(tr("A running clock is at risk from this share of its target on"));
    form->addRow(tr("&At risk from:"), m_atRisk);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name of the new version:"), m_name);
    m_from = new QDateTimeEdit(page);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_from->setCalendarPopup(true);
    m_from->setToolTip(tr("Tickets reported from this instant on get the new targets; earlier ones keep theirs"));
    form->addRow(tr("In force &from:"), m_from);
    layout->addLayout(form);

    m_save = new QPushButton(tr("&Save as new version"), page);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Ctrl+S"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_version, &QComboBox::currentIndexChanged, this, &SlaSettingsWindow::showVersion);
    connect(m_save, &QPushButton::clicked, this, &SlaSettingsWindow::saveAsNewVersion);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &SlaSettingsWindow::saveAsNewVersion);
    return page;
}

QWidget* SlaSettingsWindow::buildHolidayTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* bar = new QHBoxLayout;
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDateTime::fromSecsSinceEpoch(m_session.clock().now(), Instant::localZone()).date().year());
    auto* yearLabel = new QLabel(tr("&Year:"), page);
    yearLabel->setBuddy(m_year);
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch();
    auto* add = new QPushButton(tr("&Add date…"), page);
    add->setObjectName(QStringLiteral("addHolidayButton"));
    add->setToolTip(tr("A holiday or make-up workday after today; double-click a row to change it"));
    bar->addWidget(add);
    auto* remove = new QPushButton(tr("&Remove date"), page);
    remove->setObjectName(QStringLiteral("removeHolidayButton"));
    bar->addWidget(remove);
    auto* import = new QPushButton(tr("&Import CSV…"), page);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(tr("Columns date, kind (holiday/workday), name and optionally calendar; all rows or none"));
    bar->addWidget(import);
    layout->addLayout(bar);

    m_holidays = new QTableWidget(0, 4, page);
    m_holidays->setObjectName(QStringLiteral("holidayTable"));
    m_holidays->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Name"), tr("Calendar")});
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_holidays->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holidays->verticalHeader()->hide();
    layout->addWidget(m_holidays, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &SlaSettingsWindow::showHolidays);
    connect(add, &QPushButton::clicked, this, [this] { editHoliday(-1); });
    connect(remove, &QPushButton::clicked, this, &SlaSettingsWindow::removeSelectedHoliday);
    connect(m_holidays, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editHoliday(row); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import holidays"), {}, tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importHolidays(path);
    });
    return page;
}

void SlaSettingsWindow::reload()
{
    SlaService sla(m_session.store(), m_session.clock());
    auto policies = sla.policies();
    if (!policies) {
        showProblem(policies.error().text(), true);
        return;
    }
    m_policies = *policies;
    std::sort(m_policies.begin(), m_policies.end(), [](const SlaPolicy& a, const SlaPolicy& b) {
        return std::tie(a.effectiveFrom, a.id) < std::tie(b.effectiveFrom, b.id);
    });
    const auto inForce = SlaPolicy::inForce(m_policies, m_session.clock().now());
    QSignalBlocker block(m_version);
    m_version->clear();
    int current = m_policies.isEmpty() ? -1 : static_cast<int>(m_policies.size()) - 1;
    for (int i = 0; i < m_policies.size(); ++i) {
        const SlaPolicy& p = m_policies.at(i);
        QString label = p.effectiveFrom <= 0 ? tr("%1 — from the start").arg(p.name)
                                             : tr("%1 — from %2").arg(p.name, Instant::formatShort(p.effectiveFrom));
        if (inForce && inForce->id == p.id) {
            label += tr(" (in force)");
            current = i;
        }
        m_version->addItem(label);
    }
    m_version->setCurrentIndex(current);
    showVersion(current);
    m_from->setDateTime(nextLocalMidnight(m_session.clock().now()));
    showHolidays();
}

void SlaSettingsWindow::showVersion(int index)
{
    const SlaPolicy policy = index >= 0 && index < m_policies.size() ? m_policies.at(index) : SlaPolicy::defaults();
    m_model->setPolicy(policy);
    for (int t = 0; t < m_calendars.size(); ++t)
        m_calendars.at(t)->setCurrentText(policy.calendarByTier.at(static_cast<size_t>(t)));
    m_atRisk->setValue(policy.atRiskPercent);
    m_name->setText(policy.name);
}

SlaPolicy SlaSettingsWindow::policyOnScreen() const
{
    SlaPolicy policy = m_model->policy();
    policy.id = 0;
    policy.name = m_name->text().trimmed();
    for (int t = 0; t < m_calendars.size(); ++t)
        policy.calendarByTier.at(static_cast<size_t>(t)) = m_calendars.at(t)->currentText().trimmed();
    policy.atRiskPercent = m_atRisk->value();
    const QDateTime shown = m_from->dateTime();
    policy.effectiveFrom = QDateTime(shown.date(), shown.time(), Instant::localZone()).toSecsSinceEpoch();
    return policy;
}

bool SlaSettingsWindow::saveAsNewVersion()
{
    SlaPolicy policy = policyOnScreen();
    if (policy.name.isEmpty()) {
        showProblem(tr("Give the new version a name, e.g. \"2027 contract terms\"."), true);
        m_name->setFocus();
        return false;
    }
    if (auto valid = policy.validate(); !valid) {
        showProblem(valid.error().text(), true);
        return false;
    }
    SlaService sla(m_session.store(), m_session.clock());
    auto saved = sla.addPolicy(policy, m_session.agent());
    if (!saved) {
        showProblem(tr("Not saved: %1").arg(saved.error().text()), true);
        return false;
    }
    reload();
    showProblem(tr("Saved \"%1\": tickets reported from %2 on get these targets.")
                    .arg(saved->name, Instant::formatShort(saved->effectiveFrom)),
                false);
    return true;
}

void SlaSettingsWindow::showHolidays()
{
    auto all = m_session.store().holidays().all();
    if (!all) {
        showProblem(all.error().text(), true);
        return;
    }
    const QString year = QString::number(m_year->value());
    m_holidays->setRowCount(0);
    for (const HolidayRepository::Entry& e : *all) {
        if (!e.date.startsWith(year))
            continue;
        const int row = m_holidays->rowCount();
        m_holidays->insertRow(row);
        auto* date = new QTableWidgetItem(e.date);
        date->setData(Qt::UserRole, e.calendar);  // the key is (date, calendar)
        date->setData(Qt::UserRole + 1, e.workday);
        m_holidays->setItem(row, 0, date);
        m_holidays->setItem(row, 1, new QTableWidgetItem(e.workday ? tr("make-up workday") : tr("holiday")));
        m_holidays->setItem(row, 2, new QTableWidgetItem(e.name));  // kept raw: the dialog edits it
        m_holidays->setItem(row, 3, new QTableWidgetItem(e.calendar.isEmpty() ? tr("all that observe holidays") : e.calendar));
    }
    m_holidays->sortItems(0);
    m_holidays->resizeColumnsToContents();
}

bool SlaSettingsWindow::importHolidays(const QString& path)
{
    ImportService importer(m_session.store());
    const ImportService::Report report = importer.importFile(ImportKind::Holidays, path, false);
    if (!report.committed) {
        QStringList lines;
        for (const Error& problem : report.problems.mid(0, 10))
            lines << (problem.where.isEmpty() ? problem.text() : problem.where + QStringLiteral(": ") + problem.text());
        showProblem(tr("Nothing was imported:\n%1").arg(lines.join(QLatin1Char('\n'))), true);
        return false;
    }
    showHolidays();
    showProblem(tr("%n row(s) imported.", nullptr, report.rows), false);
    return true;
}

bool SlaSettingsWindow::saveHoliday(const HolidayRepository::Entry& entry)
{
    if (auto st = CalendarService(m_session.store(), m_session.clock()).saveHoliday(entry); !st) {
        showProblem(st.error().text(), true);
        return false;
    }
    showSavedHoliday(entry.date);
    return true;
}

void SlaSettingsWindow::showSavedHoliday(const QString& date)
{
    m_year->setValue(QDate::fromString(date, Qt::ISODate).year());
    showHolidays();
    showProblem(tr("%1 saved.").arg(date), false);
}

bool SlaSettingsWindow::removeHoliday(const QString& date, const QString& calendar)
{
    CalendarService calendars(m_session.store(), m_session.clock());
    if (auto st = calendars.removeHoliday(date, calendar); !st) {
        showProblem(st.error().text(), true);
        return false;
    }
    showHolidays();
    showProblem(tr("%1 removed.").arg(date), false);
    return true;
}

void SlaSettingsWindow::editHoliday(int row)
{
    QStringList names;
    if (auto entries = CalendarService(m_session.store(), m_session.clock()).list())
        for (const CalendarEntry& e : std::as_const(*entries))
            names << e.definition.name;
    const QDate today = QDateTime::fromSecsSinceEpoch(m_session.clock().now(), Instant::localZone()).date();
    HolidayEntryDialog dialog(names, today.addDays(1), this);
    if (row >= 0 && m_holidays->item(row, 0)) {
        HolidayRepository::Entry e;
        e.date = m_holidays->item(row, 0)->text();
        e.calendar = m_holidays->item(row, 0)->data(Qt::UserRole).toString();
        e.workday = m_holidays->item(row, 0)->data(Qt::UserRole + 1).toBool();
        e.name = m_holidays->item(row, 2) ? m_holidays->item(row, 2)->text() : QString();
        dialog.setEntry(e);
    }
    // A refusal is shown in the dialog, which stays open with what was typed.
    while (dialog.exec() == QDialog::Accepted) {
        const HolidayRepository::Entry e = dialog.entry();
        if (auto st = CalendarService(m_session.store(), m_session.clock()).saveHoliday(e); !st) {
            dialog.showProblem(st.error().text());
            continue;
        }
        showSavedHoliday(e.date);
        return;
    }
}

void SlaSettingsWindow::removeSelectedHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0 || !m_holidays->item(row, 0)) {
        showProblem(tr("Select the date to remove."), true);
        return;
    }
    const QString date = m_holidays->item(row, 0)->text();
    const QString calendar = m_holidays->item(row, 0)->data(Qt::UserRole).toString();
    if (QMessageBox::question(this, tr("Remove date"), tr("Remove %1 from the holiday list?").arg(date)) !=
        QMessageBox::Yes)
        return;
    removeHoliday(date, calendar);
}

void SlaSettingsWindow::showProblem(const QString& text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_message->setText(text);
}

}  // namespace ingot
