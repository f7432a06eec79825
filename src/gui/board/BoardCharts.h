#pragma once

#include "core/board/BoardTypes.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QDateTimeAxis;
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
    // After the first snapshot only values change: series are updated in place, which spares the
    // GUI thread the relayout of three charts on every refresh.
    bool update(const BoardSnapshot& s);

    QChartView* m_compliance;
    QChartView* m_open;
    QChartView* m_response;
    double m_scale = 1.0;
    double m_builtScale = 0.0;
    int m_builtWeeks = 0;
    QLineSeries* m_responseLine = nullptr;
    QLineSeries* m_resolutionLine = nullptr;
    QDateTimeAxis* m_daysAxis = nullptr;
    QBarSet* m_tierSets[3] = {};
    QValueAxis* m_openAxis = nullptr;
    QBarSet* m_weekSet = nullptr;
    QScatterSeries* m_meanSeries = nullptr;
    QValueAxis* m_hoursAxis = nullptr;
};

} // namespace ingot
