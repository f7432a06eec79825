#pragma once

#include "core/repositories/Repositories.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ingot {

// One holiday or make-up workday to add or change: date (from tomorrow), kind, name and the calendar
// it applies to. The caller saves it through CalendarService and shows a refusal with showProblem(),
// keeping the dialog open.
class HolidayEntryDialog final : public QDialog {
    Q_OBJECT
public:
    HolidayEntryDialog(const QStringList& calendars, QDate tomorrow, QWidget* parent = nullptr);

    void setEntry(const HolidayRepository::Entry& entry);
    HolidayRepository::Entry entry() const;
    void showProblem(const QString& text);

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_calendar = nullptr;
    QLabel* m_problem = nullptr;
};

}  // namespace ingot
