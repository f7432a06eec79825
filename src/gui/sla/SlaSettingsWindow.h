#pragma once

#include "core/repositories/Repositories.h"
#include "core/sla/SlaPolicy.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace ingot {

class DeskSession;
class SlaCalendarsTab;
class SlaPolicyModel;

// Where an admin sees and changes the service levels: the SLA policy versions (targets per
// tier × priority, the calendar of each tier, the at-risk threshold), the weekly hours of the
// calendars (SlaCalendarsTab) and the holidays and make-up workdays of the calendars. A change is saved as a new policy version from a future instant, so
// tickets already reported keep the promise they were given; the service checks who may do it.
class SlaSettingsWindow final : public QWidget {
    Q_OBJECT
public:
    explicit SlaSettingsWindow(DeskSession& session, QWidget* parent = nullptr);

    // Reads the policies and holidays again.
    void reload();
    // Saves what is on screen as a new policy version; false (with the reason shown) when refused.
    bool saveAsNewVersion();
    bool importHolidays(const QString& path);
    // One date from the holiday tab, through CalendarService; false (with the reason shown) when refused.
    bool saveHoliday(const HolidayRepository::Entry& entry);
    bool removeHoliday(const QString& date, const QString& calendar);
    SlaCalendarsTab* calendarsTab() const { return m_calendarsTab; }

protected:
    // Unsaved calendar hours are not dropped without asking.
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildPolicyTab();
    QWidget* buildHolidayTab();
    void showVersion(int index);
    void showHolidays();
    void editHoliday(int row);  // -1: a new date
    void removeSelectedHoliday();
    void showSavedHoliday(const QString& date);
    void showProblem(const QString& text, bool isError);
    void fillCalendarChoices();
    SlaPolicy policyOnScreen() const;

    DeskSession& m_session;
    QList<SlaPolicy> m_policies;  // oldest first

    QComboBox* m_version = nullptr;
    SlaPolicyModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QList<QComboBox*> m_calendars;  // per tier A..C
    QSpinBox* m_atRisk = nullptr;
    QLineEdit* m_name = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QPushButton* m_save = nullptr;

    QSpinBox* m_year = nullptr;
    QTableWidget* m_holidays = nullptr;

    QLabel* m_message = nullptr;
    SlaCalendarsTab* m_calendarsTab = nullptr;
};

}  // namespace ingot
