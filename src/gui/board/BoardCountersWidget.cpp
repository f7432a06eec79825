#include "gui/board/BoardCountersWidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace ingot {

QString BoardCountersWidget::columnKey(Column column)
{
    switch (column) {
    case Open:
        return QStringLiteral("open");
    case AtRisk:
        return QStringLiteral("atRisk");
    case Overdue:
        return QStringLiteral("overdue");
    case BreachedToday:
        return QStringLiteral("breachedToday");
    case BreachedMonth:
        return QStringLiteral("breachedMonth");
    case ColumnCount:
        break;
    }
    return {};
}

BoardCountersWidget::BoardCountersWidget(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    const QStringList headers = {tr("Open"), tr("At risk"), tr("Overdue"), tr("Breached today"),
                                 tr("Breached this month")};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* h = new QLabel(headers.at(c));
        h->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        h->setWordWrap(true);
        grid->addWidget(h, 0, c + 1);
    }
    const QStringList rows = {tr("Tier A"), tr("Tier B"), tr("Tier C"), tr("Total")};
    const QStringList rowKeys = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("total")};
    for (int r = 0; r < 4; ++r) {
        auto* name = new QLabel(rows.at(r));
        QFont nf = name->font();
        nf.setBold(r == 3);
        name->setFont(nf);
        grid->addWidget(name, r + 1, 0);
        for (int c = 0; c < ColumnCount; ++c) {
            auto* v = new QLabel(QStringLiteral("–"));
            v->setObjectName(QStringLiteral("counter_%1_%2").arg(rowKeys.at(r), columnKey(static_cast<Column>(c))));
            v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(v, r + 1, c + 1);
            m_values[r][c] = v;
        }
    }
    m_base = font();
    setScale(1.0);
}

void BoardCountersWidget::setScale(double scale)
{
    for (int r = 0; r < 4; ++r)
        for (int c = 0; c < ColumnCount; ++c) {
            QFont f = m_base;
            f.setPointSizeF(m_base.pointSizeF() * scale * (r == 3 ? 1.6 : 1.3));
            f.setBold(r == 3);
            m_values[r][c]->setFont(f);
        }
}

void BoardCountersWidget::show(const BoardSnapshot& snapshot)
{
    const QLocale locale;
    for (int r = 0; r < 4; ++r) {
        const BoardCounters& c = snapshot.counters[static_cast<size_t>(r)];
        const qint64 values[ColumnCount] = {c.open, c.atRisk, c.overdue, c.breachedToday, c.breachedMonth};
        for (int col = 0; col < ColumnCount; ++col) {
            QLabel* l = m_values[r][col];
            l->setText(locale.toString(values[col]));
            // Non-zero risk and breach figures get a frame as well as a colour, so they stand out
            // on a grey print too.
            const bool alarm = col != Open && values[col] > 0;
            const char* colour = col == AtRisk ? "#8a5a00" : "#a01010";
            l->setStyleSheet(
                alarm ? QStringLiteral("color: %1; border: 1px solid %1; padding: 0 4px;").arg(QLatin1String(colour))
                      : QString());
        }
    }
}

} // namespace ingot
