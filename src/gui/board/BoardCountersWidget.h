#pragma once

#include "core/board/BoardTypes.h"

#include <QWidget>

class QLabel;

namespace ingot {

// The counters: tiers A, B, C and the total as rows; open, at risk, overdue, breached today and
// breached this month as columns. Each value label is named counter_<A|B|C|total>_<column> for tests.
class BoardCountersWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Open, AtRisk, Overdue, BreachedToday, BreachedMonth, ColumnCount };

    explicit BoardCountersWidget(QWidget* parent = nullptr);
    void show(const BoardSnapshot& snapshot);
    // Type size relative to the widget's own font (wall mode enlarges it).
    void setScale(double scale);
    QLabel* value(int row, Column column) const { return m_values[row][column]; } // row 0-2 tiers, 3 total
    static QString columnKey(Column column);

private:
    QLabel* m_values[4][ColumnCount] = {};
    QFont m_base;
};

} // namespace ingot
