#include "gui/customers/SatisfactionTrendWidget.h"

#include <QLocale>
#include <QPainter>

namespace ingot {

SatisfactionTrendWidget::SatisfactionTrendWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SatisfactionTrendWidget::setMonths(const QList<CustomerArchive::MonthScore>& months)
{
    m_months = months;
    QStringList tip;
    for (const auto& m : months)
        tip << (m.surveys > 0 ? tr("%1: %2 over %n survey(s)", nullptr, m.surveys)
                                    .arg(m.month, QLocale().toString(m.average, 'f', 2))
                              : tr("%1: no survey").arg(m.month));
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

QSize SatisfactionTrendWidget::sizeHint() const
{
    return {360, fontMetrics().height() * 7};
}

QSize SatisfactionTrendWidget::minimumSizeHint() const
{
    return {240, fontMetrics().height() * 7};
}

void SatisfactionTrendWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int labelHeight = fm.height();
    const QRect plot = rect().adjusted(fm.horizontalAdvance(QStringLiteral("5 ")), labelHeight, -2, -labelHeight - 2);
    if (m_months.isEmpty() || plot.width() <= 0 || plot.height() <= 0)
        return;

    // Grid lines at scores 1, 3 and 5; the target (4 of 5 = 90% satisfied) stands out.
    auto yOf = [&plot](double score) { return plot.bottom() - (score - 1.0) / 4.0 * plot.height(); };
    p.setPen(palette().color(QPalette::Mid));
    for (int score : {1, 3, 5}) {
        const int y = static_cast<int>(yOf(score));
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(QRect(0, y - labelHeight / 2, plot.left() - 2, labelHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(score));
    }

    const double slot = static_cast<double>(plot.width()) / m_months.size();
    const double barWidth = std::max(4.0, slot * 0.6);
    for (qsizetype i = 0; i < m_months.size(); ++i) {
        const auto& m = m_months.at(i);
        const double x = plot.left() + slot * static_cast<double>(i) + (slot - barWidth) / 2;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(plot.left() + slot * static_cast<double>(i), plot.bottom() + 2, slot, labelHeight),
                   Qt::AlignCenter, m.month.right(2));
        if (m.surveys == 0)
            continue;
        const QColor colour = m.average >= 4.5   ? QColor(0x2e, 0x7d, 0x32)
                              : m.average >= 3.5 ? QColor(0x9e, 0x9d, 0x24)
                                                 : QColor(0xc6, 0x28, 0x28);
        const QRectF bar(x, yOf(m.average), barWidth, plot.bottom() - yOf(m.average));
        p.fillRect(bar.adjusted(0, 0, 0, 0), colour);
    }
}

} // namespace ingot
