#pragma once

#include "core/board/BoardTypes.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace ingot {

// The board's three charts, light theme and print-friendly: series differ by line style, marker and
// fill pattern, not by colour alone, and bars carry their numbers.
// - compliance: response and resolution SLA compliance per day, last 30 days (lines);
// - open: open tickets per region, stacked by tier (bars);
// - response: mean response hours per region this week (bars) against the mean of the previous
//   8 weeks (markers).
class BoardCharts final : public QObject {
    Q_OBJECT
public:
    explicit BoardCharts(QObject* parent = nullptr);

    QChartView* complianceView() const { return m_compliance; }
    QChartView* openView() const { return m_open; }
    QChartView* responseView() const { return m_response; }

    void show(const BoardSnapshot& snapshot);
    void setFontScale(double scale);

private:
    void showCompliance(const BoardSnapshot& s);
    void showOpen(const BoardSnapshot& s);
    void showResponse(const BoardSnapshot& s);
    void style(QChart* chart) const;

    QChartView* m_compliance;
    QChartView* m_open;
    QChartView* m_response;
    double m_scale = 1.0;
};

} // namespace ingot
