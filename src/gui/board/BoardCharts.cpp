#include "gui/board/BoardCharts.h"

#include "core/common/Instant.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace ingot {

namespace {
QChartView* makeView(const QString& name)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    auto* view = new QChartView(chart);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A count axis with a gridline on whole numbers only: 0 to a little above the highest count, a step
// of 1, 2 or 5 times a power of ten giving at most about eight lines. A range of highest * 1.1 with
// the default five ticks put the gridline labelled "2" at 2.2, beside a bar of 2.
void fitCountAxis(QValueAxis* axis, qint64 highest)
{
    const qint64 wanted = std::max<qint64>(1, highest + std::max<qint64>(1, highest / 10));
    qint64 step = 1;
    for (qint64 power = 1;; power *= 10) {
        if (wanted <= 8 * power) {
            step = power;
            break;
        }
        if (wanted <= 16 * power) {
            step = 2 * power;
            break;
        }
        if (wanted <= 40 * power) {
            step = 5 * power;
            break;
        }
    }
    const qint64 top = (wanted + step - 1) / step * step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(static_cast<qreal>(step));
    axis->setRange(0, static_cast<qreal>(top));
}

QStringList regionLabels()
{
    QStringList out;
    for (Region r : allRegions())
        out << regionLabel(r);
    return out;
}

// Region names as bar categories; long ones (English) stand upright so that none is cut off.
QBarCategoryAxis* regionAxis()
{
    auto* axis = new QBarCategoryAxis;
    const QStringList labels = regionLabels();
    axis->append(labels);
    for (const QString& l : labels)
        if (l.size() > 4) {
            axis->setLabelsAngle(-90);
            break;
        }
    return axis;
}
} // namespace

BoardCharts::BoardCharts(QObject* parent)
    : QObject(parent),
      m_compliance(makeView(QStringLiteral("complianceChart"))),
      m_open(makeView(QStringLiteral("openChart"))),
      m_response(makeView(QStringLiteral("responseChart")))
{}

void BoardCharts::setFontScale(double scale)
{
    m_scale = scale;
}

void BoardCharts::style(QChart* chart) const
{
    QFont title = chart->titleFont();
    title.setPointSizeF(11.0 * m_scale);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(QBrush(Qt::black));
    QFont legend = chart->legend()->font();
    legend.setPointSizeF(9.5 * m_scale);
    chart->legend()->setFont(legend);
    chart->legend()->setLabelColor(Qt::black);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes()) {
        QFont f = axis->labelsFont();
        f.setPointSizeF(9.0 * m_scale);
        axis->setLabelsFont(f);
        axis->setLabelsBrush(QBrush(Qt::black));
        QFont tf = axis->titleFont();
        tf.setPointSizeF(9.0 * m_scale);
        axis->setTitleFont(tf);
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
}

void BoardCharts::show(const BoardSnapshot& s)
{
    if (m_builtScale == m_scale && m_builtWeeks == s.historyWeeks && update(s))
        return;
    showCompliance(s);
    showOpen(s);
    showResponse(s);
    m_builtScale = m_scale;
    m_builtWeeks = s.historyWeeks;
}

namespace {
QList<QPointF> compliancePoints(const BoardSnapshot& s, bool response)
{
    QList<QPointF> out;
    for (const DailyCompliance& d : s.days)
        if (auto p = response ? d.responsePct() : d.resolutionPct())
            out << QPointF(static_cast<qreal>(d.dayStart) * 1000.0, *p);
    return out;
}

qint64 highestOpen(const BoardSnapshot& s)
{
    qint64 highest = 0;
    for (const RegionOpen& r : s.openByRegion)
        highest = std::max(highest, r.byTier[0] + r.byTier[1] + r.byTier[2]);
    return highest;
}

QList<QPointF> meanPoints(const BoardSnapshot& s, qreal* highest)
{
    QList<QPointF> out;
    for (int i = 0; i < s.responseByRegion.size(); ++i) {
        const RegionResponse& r = s.responseByRegion.at(i);
        *highest = std::max(*highest, r.thisWeekHours.value_or(0.0));
        if (r.historyMeanHours) {
            out << QPointF(i, *r.historyMeanHours);
            *highest = std::max(*highest, *r.historyMeanHours);
        }
    }
    return out;
}
} // namespace

bool BoardCharts::update(const BoardSnapshot& s)
{
    if (!m_responseLine || !m_weekSet || s.openByRegion.size() != m_tierSets[0]->count() ||
        s.responseByRegion.size() != m_weekSet->count() || s.days.isEmpty())
        return false;
    m_responseLine->replace(compliancePoints(s, true));
    m_resolutionLine->replace(compliancePoints(s, false));
    m_daysAxis->setRange(QDateTime::fromSecsSinceEpoch(s.days.first().dayStart, Instant::localZone()),
                         QDateTime::fromSecsSinceEpoch(s.days.last().dayStart, Instant::localZone()));
    for (int t = 0; t < 3; ++t)
        for (int i = 0; i < s.openByRegion.size(); ++i) {
            const qreal v = static_cast<qreal>(s.openByRegion.at(i).byTier[static_cast<size_t>(t)]);
            if (m_tierSets[t]->at(i) != v)
                m_tierSets[t]->replace(i, v);
        }
    fitCountAxis(m_openAxis, highestOpen(s));
    qreal highest = 0;
    m_meanSeries->replace(meanPoints(s, &highest));
    for (int i = 0; i < s.responseByRegion.size(); ++i) {
        const qreal v = s.responseByRegion.at(i).thisWeekHours.value_or(0.0);
        if (m_weekSet->at(i) != v)
            m_weekSet->replace(i, v);
    }
    m_hoursAxis->setRange(0, std::max<qreal>(1.0, highest * 1.15));
    return true;
}

void BoardCharts::showCompliance(const BoardSnapshot& s)
{
    QChart* chart = m_compliance->chart();
    clear(chart);
    chart->setTitle(tr("SLA compliance per day, last 30 days (tickets reported that day)"));
    auto* response = new QLineSeries;
    response->setName(tr("Response (solid, dots)"));
    QPen rp(QColor(0x1f, 0x4e, 0x9a), 2.5 * m_scale, Qt::SolidLine);
    response->setPen(rp);
    response->setPointsVisible(true);
    auto* resolution = new QLineSeries;
    resolution->setName(tr("Resolution (dashed)"));
    QPen sp(QColor(0x40, 0x40, 0x40), 2.5 * m_scale, Qt::DashLine);
    resolution->setPen(sp);
    response->replace(compliancePoints(s, true));
    resolution->replace(compliancePoints(s, false));
    m_responseLine = response;
    m_resolutionLine = resolution;
    chart->addSeries(response);
    chart->addSeries(resolution);
    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MM-dd"));
    xAxis->setTickCount(7);
    if (!s.days.isEmpty()) {
        xAxis->setRange(QDateTime::fromSecsSinceEpoch(s.days.first().dayStart, Instant::localZone()),
                        QDateTime::fromSecsSinceEpoch(s.days.last().dayStart, Instant::localZone()));
    }
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, 100);
    yAxis->setLabelFormat(QStringLiteral("%d%"));
    yAxis->setTickCount(6);
    m_daysAxis = xAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QLineSeries* series : {response, resolution}) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    style(chart);
}

void BoardCharts::showOpen(const BoardSnapshot& s)
{
    QChart* chart = m_open->chart();
    clear(chart);
    chart->setTitle(tr("Open tickets by region and tier"));
    auto* series = new QStackedBarSeries;
    // Tiers differ by fill pattern, so the chart reads in black and white.
    const Qt::BrushStyle patterns[3] = {Qt::SolidPattern, Qt::Dense4Pattern, Qt::BDiagPattern};
    const QColor colours[3] = {QColor(0x1f, 0x4e, 0x9a), QColor(0x2e, 0x7d, 0x32), QColor(0x55, 0x55, 0x55)};
    const qint64 highest = highestOpen(s);
    for (int t = 0; t < 3; ++t) {
        auto* set = new QBarSet(tr("Tier %1").arg(tierKey(static_cast<Tier>(t))));
        set->setBrush(QBrush(colours[t], patterns[t]));
        set->setPen(QPen(Qt::black, 0.8));
        set->setLabelColor(t == 0 ? Qt::white : Qt::black);
        QFont lf = set->labelFont();
        lf.setPointSizeF(8.0 * m_scale);
        lf.setBold(true);
        set->setLabelFont(lf);
        for (const RegionOpen& r : s.openByRegion)
            *set << static_cast<qreal>(r.byTier[static_cast<size_t>(t)]);
        series->append(set);
        m_tierSets[t] = set;
    }
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* xAxis = regionAxis();
    auto* yAxis = new QValueAxis;
    fitCountAxis(yAxis, highest);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    m_openAxis = yAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    style(chart);
}

void BoardCharts::showResponse(const BoardSnapshot& s)
{
    QChart* chart = m_response->chart();
    clear(chart);
    // The legend says which weeks: the title stays short enough beside the compliance chart.
    chart->setTitle(tr("Mean response hours by region"));
    auto* bars = new QBarSeries;
    auto* week = new QBarSet(tr("This week (bars)"));
    week->setBrush(QBrush(QColor(0x1f, 0x4e, 0x9a), Qt::Dense3Pattern));
    week->setPen(QPen(Qt::black, 0.8));
    week->setLabelColor(Qt::black);
    QFont lf = week->labelFont();
    lf.setPointSizeF(8.0 * m_scale);
    week->setLabelFont(lf);
    auto* mean = new QScatterSeries;
    mean->setName(tr("Mean of the previous %n week(s) (squares)", nullptr, s.historyWeeks));
    mean->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    mean->setMarkerSize(11.0 * m_scale);
    mean->setColor(QColor(0xd0, 0x60, 0x00));
    mean->setBorderColor(Qt::black);
    qreal highest = 0;
    mean->replace(meanPoints(s, &highest));
    for (const RegionResponse& r : s.responseByRegion)
        *week << r.thisWeekHours.value_or(0.0);
    m_weekSet = week;
    m_meanSeries = mean;
    bars->append(week);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(2);
    chart->addSeries(bars);
    chart->addSeries(mean);
    auto* xAxis = regionAxis();
    auto* yAxis = new QValueAxis;
    yAxis->setRange(0, std::max<qreal>(1.0, highest * 1.15));
    yAxis->setTitleText(tr("hours"));
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_hoursAxis = yAxis;
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    mean->attachAxis(xAxis);
    mean->attachAxis(yAxis);
    style(chart);
}

} // namespace ingot
