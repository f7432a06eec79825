#include "gui/board/KeywordBars.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace ingot {

namespace {
const QColor kBar(0x2f, 0x4b, 0x7c); // dark enough to stay dark on a grey print
constexpr int kMaxRows = 10;
} // namespace

KeywordBars::KeywordBars(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
}

void KeywordBars::setEntries(const QList<KeywordCounter::Entry>& entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

QString KeywordBars::valueText(const KeywordCounter::Entry& entry)
{
    return QStringLiteral("%1 · %2%")
        .arg(QLocale().toString(entry.count), QLocale().toString(100.0 * entry.share, 'f', 1));
}

int KeywordBars::rowHeight() const
{
    return fontMetrics().height() + 8;
}

QSize KeywordBars::sizeHint() const
{
    return {320, rowHeight() * std::max<int>(kMaxRows, int(m_entries.size()))};
}

QSize KeywordBars::minimumSizeHint() const
{
    return {200, rowHeight() * std::max<int>(3, int(m_entries.size()))};
}

void KeywordBars::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void KeywordBars::paintEvent(QPaintEvent*)
{
    if (m_entries.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    int termWidth = 0;
    int valueWidth = 0;
    for (const KeywordCounter::Entry& e : m_entries) {
        termWidth = std::max(termWidth, fm.horizontalAdvance(e.word));
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueText(e)));
    }
    termWidth = std::min(termWidth, width() / 3);
    const int gap = 8;
    const int barLeft = termWidth + gap;
    const int barSpace = std::max(10, width() - barLeft - gap - valueWidth - 2);
    const int top = m_entries.first().count;
    const int h = rowHeight();
    for (int i = 0; i < m_entries.size(); ++i) {
        const KeywordCounter::Entry& e = m_entries.at(i);
        const int y = i * h;
        const QRect termRect(0, y, termWidth, h);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(termRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(e.word, Qt::ElideRight, termWidth));
        const int length = top > 0 ? std::max(2, int(double(barSpace) * e.count / top)) : 2;
        const QRect bar(barLeft, y + 4, length, h - 8);
        p.fillRect(bar, kBar);
        p.setPen(Qt::black);
        p.drawRect(bar.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(bar.right() + gap, y, valueWidth + 2, h), Qt::AlignLeft | Qt::AlignVCenter, valueText(e));
    }
}

} // namespace ingot
