#include "gui/sla/SlaCalendarsTab.h"

#include "app/security/Authorizer.h"
#include "core/sla/CalendarRules.h"
#include "gui/main/DeskSession.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ingot {

namespace {
// Shown with a space after each comma: easier to read than the stored form.
QString hoursText(const DaySchedule& day)
{
    return formatDaySchedule(day).replace(QLatin1Char(','), QStringLiteral(", "));
}
} // namespace

SlaCalendarsTab::SlaCalendarsTab(DeskSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("calendarsTab"));
    m_prompt = [this](const QString& name) {
        return QMessageBox::question(this, tr("Unsaved calendar"),
                                     tr("The hours of calendar \"%1\" have changed. Save them?").arg(name),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };

    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("calendarList"));
    left->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("newCalendarButton"));
    m_copy = new QPushButton(tr("Co&py"), this);
    m_copy->setObjectName(QStringLiteral("copyCalendarButton"));
    m_copy->setToolTip(tr("A new calendar with these hours, to change and then choose in a new policy version"));
    leftButtons->addWidget(m_new);
    leftButtons->addWidget(m_copy);
    left->addLayout(leftButtons);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarNameEdit"));
    m_name->setMaxLength(CalendarRules::kMaxNameLength);
    form->addRow(tr("&Name:"), m_name);
    m_holidays = new QCheckBox(tr("Observe &holidays and make-up workdays"), this);
    m_holidays->setObjectName(QStringLiteral("observeHolidaysCheck"));
    form->addRow(QString(), m_holidays);
    right->addLayout(form);

    m_week = new QTableWidget(7, 1, this);
    m_week->setObjectName(QStringLiteral("weekTable"));
    m_week->setHorizontalHeaderLabels({tr("Service hours")});
    QStringList days;
    for (int d = 0; d < 7; ++d)
        days << CalendarRules::weekdayName(d);
    m_week->setVerticalHeaderLabels(days);
    m_week->horizontalHeader()->setStretchLastSection(true);
    m_week->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    for (int d = 0; d < 7; ++d)
        m_week->setItem(d, 0, new QTableWidgetItem);
    right->addWidget(m_week, 1);
    auto* hint = new QLabel(tr("Local times, several intervals a day separated by commas, e.g. 08:30-12:00, "
                               "13:00-17:30; 24:00 ends at midnight; empty for a closed day."),
                            this);
    hint->setWordWrap(true);
    right->addWidget(hint);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatusLabel"));
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("calendarProblemsLabel"));
    m_problems->setWordWrap(true);
    right->addWidget(m_problems);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save calendar"), this);
    m_save->setObjectName(QStringLiteral("saveCalendarButton"));
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    layout->addLayout(right, 2);

    if (!mayEdit()) {
        const QString why = Authorizer::refusal(m_session.store().actor(), Permission::CalendarEdit);
        for (QPushButton* b : {m_new, m_copy, m_save}) {
            b->setEnabled(false);
            b->setToolTip(why);
        }
    }

    connect(m_list, &QListWidget::currentRowChanged, this, &SlaCalendarsTab::onRowChosen);
    connect(m_new, &QPushButton::clicked, this, &SlaCalendarsTab::newCalendar);
    connect(m_copy, &QPushButton::clicked, this, &SlaCalendarsTab::copyCalendar);
    connect(m_save, &QPushButton::clicked, this, &SlaCalendarsTab::save);
    connect(m_name, &QLineEdit::textEdited, this, &SlaCalendarsTab::markDirty);
    connect(m_holidays, &QCheckBox::toggled, this, &SlaCalendarsTab::markDirty);
    connect(m_week, &QTableWidget::itemChanged, this, &SlaCalendarsTab::markDirty);
    reload();
}

bool SlaCalendarsTab::mayEdit() const
{
    return Authorizer::allows(m_session.store().actor(), Permission::CalendarEdit);
}

void SlaCalendarsTab::reload()
{
    reloadShowing(m_shownRow >= 0 && m_shownRow < m_entries.size() ? m_entries.at(m_shownRow).definition.name
                                                                   : QString());
}

void SlaCalendarsTab::onRowChosen(int row)
{
    if (row == m_shownRow && !m_isNew)
        return;
    // By name: saving the unsaved changes first rebuilds the list.
    const QString wanted = row >= 0 && row < m_entries.size() ? m_entries.at(row).definition.name : QString();
    if (!confirmDiscard()) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_shownRow);
        return;
    }
    const int now = rowOf(wanted);
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(now);
    showRow(now);
}

int SlaCalendarsTab::rowOf(const QString& name) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).definition.name == name)
            return i;
    return -1;
}

void SlaCalendarsTab::reloadShowing(const QString& shown)
{
    auto entries = CalendarService(m_session.store(), m_session.clock()).list();
    if (!entries) {
        showProblems({entries.error().text()}, true);
        return;
    }
    m_entries = *entries;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = m_entries.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        const CalendarEntry& e = m_entries.at(i);
        QString label = e.definition.name;
        if (e.builtin)
            label += tr(" (built-in)");
        else if (e.locked())
            label += tr(" (in use)");
        auto* item = new QListWidgetItem(label, m_list);
        item->setData(Qt::UserRole, e.definition.name);
        if (e.definition.name == shown)
            row = i;
    }
    m_list->setCurrentRow(row);
    showRow(row);
    emit calendarsChanged();
}

QStringList SlaCalendarsTab::calendarNames() const
{
    QStringList names;
    for (const CalendarEntry& e : m_entries)
        names << e.definition.name;
    return names;
}

bool SlaCalendarsTab::select(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    onRowChosen(row);
    return m_shownRow == rowOf(name) && !m_isNew;
}

void SlaCalendarsTab::showRow(int row)
{
    m_isNew = false;
    m_shownRow = row;
    if (row < 0 || row >= m_entries.size()) {
        showDefinition({}, false, {});
        return;
    }
    const CalendarEntry& e = m_entries.at(row);
    QString status;
    if (e.builtin)
        status = tr("Built-in calendar: read-only. Copy it to define other hours.");
    else if (e.locked())
        status = tr("Counts the clocks of %1, so its hours stay as they are: tickets keep the hours they were "
                    "reported under. Copy it, change the copy, and choose the copy in a new policy version "
                    "from a future date.")
                     .arg(e.countingPolicies.join(QStringLiteral(", ")));
    else if (!e.laterPolicies.isEmpty())
        status = tr("Chosen by %1, not in force yet: changes apply to every ticket reported under it.")
                     .arg(e.laterPolicies.join(QStringLiteral(", ")));
    else
        status = tr("Not used by any policy yet.");
    showDefinition(e.definition, !e.locked() && mayEdit(), status);
    m_name->setReadOnly(true); // the name is the key policies refer to
}

void SlaCalendarsTab::showDefinition(const CalendarDefinition& d, bool editable, const QString& status)
{
    m_filling = true;
    m_name->setText(d.name);
    m_name->setReadOnly(!editable);
    m_holidays->setChecked(d.observeHolidays);
    m_holidays->setEnabled(editable);
    for (int i = 0; i < 7; ++i) {
        QTableWidgetItem* item = m_week->item(i, 0);
        item->setText(hoursText(d.week[static_cast<std::size_t>(i)]));
        item->setFlags(editable ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable)
                                : (Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    m_filling = false;
    m_dirty = false;
    m_save->setEnabled(editable);
    m_copy->setEnabled(mayEdit() && !d.name.isEmpty());
    m_status->setText(status);
    showProblems({}, false);
}

void SlaCalendarsTab::markDirty()
{
    if (!m_filling)
        m_dirty = true;
}

void SlaCalendarsTab::newCalendar()
{
    if (!confirmDiscard())
        return;
    showDefinition({}, mayEdit(), tr("New calendar: give it a name and its weekly hours, then save."));
    m_isNew = true;
    m_name->setFocus();
}

void SlaCalendarsTab::copyCalendar()
{
    if (m_shownRow < 0 || m_shownRow >= m_entries.size() || m_isNew)
        return;
    if (!confirmDiscard())
        return;
    CalendarDefinition copy = m_entries.at(m_shownRow).definition;
    copy.name = tr("%1 copy").arg(copy.name).left(CalendarRules::kMaxNameLength);
    showDefinition(copy, mayEdit(),
                   tr("Copy of %1, not saved yet: rename it, change its hours, then save.")
                       .arg(m_entries.at(m_shownRow).definition.name));
    m_isNew = true;
    m_dirty = true;
    m_name->setFocus();
    m_name->selectAll();
}

CalendarDefinition SlaCalendarsTab::definitionOnScreen(QStringList& problems) const
{
    CalendarDefinition d;
    d.name = m_name->text().trimmed();
    d.observeHolidays = m_holidays->isChecked();
    for (int i = 0; i < 7; ++i) {
        const QString text = m_week->item(i, 0)->text();
        const auto day = parseDaySchedule(text);
        if (!day)
            problems << tr("%1: \"%2\" is not of the form 08:30-12:00, 13:00-17:30.")
                            .arg(CalendarRules::weekdayName(i), text.trimmed());
        else
            d.week[static_cast<std::size_t>(i)] = *day;
    }
    return d;
}

bool SlaCalendarsTab::save()
{
    QStringList problems;
    CalendarDefinition d = definitionOnScreen(problems);
    if (problems.isEmpty())
        problems = CalendarRules::problems(d);
    if (!problems.isEmpty()) {
        showProblems(problems, true);
        return false;
    }
    auto saved = CalendarService(m_session.store(), m_session.clock()).save(d, m_isNew);
    if (!saved) {
        showProblems({tr("Not saved: %1").arg(saved.error().text())}, true);
        return false;
    }
    m_dirty = false;
    m_isNew = false;
    reloadShowing(saved->name);
    showProblems({tr("Saved calendar \"%1\".").arg(saved->name)}, false);
    return true;
}

bool SlaCalendarsTab::confirmDiscard()
{
    if (!m_dirty)
        return true;
    switch (m_prompt(m_name->text().trimmed())) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void SlaCalendarsTab::showProblems(const QStringList& problems, bool isError)
{
    m_problems->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #2e7d32;"));
    m_problems->setText(problems.join(QLatin1Char('\n')));
}

} // namespace ingot
