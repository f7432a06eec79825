#include "gui/sla/HolidayEntryDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ingot {

HolidayEntryDialog::HolidayEntryDialog(const QStringList& calendars, QDate tomorrow, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Holiday or make-up workday"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(tomorrow, this);
    m_date->setObjectName(QStringLiteral("holidayDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(tomorrow);  // earlier days have counted clocks
    form->addRow(tr("&Date:"), m_date);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("holidayKind"));
    m_kind->addItem(tr("holiday"), false);
    m_kind->addItem(tr("make-up workday"), true);
    form->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. 国庆节"));
    form->addRow(tr("&Name:"), m_name);
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("holidayCalendar"));
    m_calendar->addItem(tr("all that observe holidays"), QString());
    for (const QString& name : calendars)
        m_calendar->addItem(name, name);
    form->addRow(tr("&Calendar:"), m_calendar);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("holidayProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void HolidayEntryDialog::setEntry(const HolidayRepository::Entry& entry)
{
    m_date->setDate(QDate::fromString(entry.date, Qt::ISODate));
    m_kind->setCurrentIndex(entry.workday ? 1 : 0);
    m_name->setText(entry.name);
    if (const int i = m_calendar->findData(entry.calendar); i >= 0)
        m_calendar->setCurrentIndex(i);
}

HolidayRepository::Entry HolidayEntryDialog::entry() const
{
    HolidayRepository::Entry e;
    e.date = m_date->date().toString(Qt::ISODate);
    e.workday = m_kind->currentData().toBool();
    e.name = m_name->text();
    e.calendar = m_calendar->currentData().toString();
    return e;
}

void HolidayEntryDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

}  // namespace ingot
