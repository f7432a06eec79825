#pragma once

#include "app/sla/CalendarService.h"

#include <QMessageBox>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace ingot {

class DeskSession;

// The calendars tab of the service levels window: the calendars by name, the weekly hours of the
// chosen one (several intervals a weekday, "08:30-12:00, 13:00-17:30"), and for admins new
// calendars, copies and changes to calendars no clock has been counted by yet (CalendarService
// decides, and explains a refusal). Built-ins and calendars in use are shown read-only and can be
// copied. Unsaved changes are never dropped silently: leaving them asks first.
class SlaCalendarsTab final : public QWidget {
    Q_OBJECT
public:
    using Prompt = std::function<QMessageBox::StandardButton(const QString& name)>;

    explicit SlaCalendarsTab(DeskSession& session, QWidget* parent = nullptr);

    void reload();
    // The calendar shown by name; false when there is none or the user kept unsaved changes.
    bool select(const QString& name);
    void newCalendar();
    void copyCalendar();
    // Saves what is on screen; false (with the reasons shown) when refused.
    bool save();
    // True when nothing is unsaved, or the user saved or discarded it; false to stay.
    bool confirmDiscard();
    bool isDirty() const { return m_dirty; }
    // How to ask about unsaved changes (tests answer without a dialog); default a message box.
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }
    QStringList calendarNames() const;

signals:
    void calendarsChanged();

private:
    void reloadShowing(const QString& name);
    // The user picked another row: ask about unsaved changes, then show it (or stay).
    void onRowChosen(int row);
    int rowOf(const QString& name) const;
    void showRow(int row);
    void showDefinition(const CalendarDefinition& definition, bool editable, const QString& status);
    void markDirty();
    void showProblems(const QStringList& problems, bool isError);
    // The calendar on screen; parse problems go to `problems`.
    CalendarDefinition definitionOnScreen(QStringList& problems) const;
    bool mayEdit() const;

    DeskSession& m_session;
    QList<CalendarEntry> m_entries;
    int m_shownRow = -1; // row of m_list on screen; -1 for a new calendar not saved yet
    bool m_isNew = false;
    bool m_dirty = false;
    bool m_filling = false; // editors being filled by the program, not typed in
    Prompt m_prompt;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_holidays = nullptr;
    QTableWidget* m_week = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace ingot
