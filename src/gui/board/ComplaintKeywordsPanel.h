#pragma once

#include "core/quality/ComplaintKeywords.h"

#include <QWidget>

class QLabel;

namespace ingot {

class KeywordBars;

// "Complaint keywords this month" on the SLA board: the month's most frequent terms in ticket titles
// and descriptions (docs/quality.md), each as a horizontal bar with its ticket count and share.
// Bars are dark solid fills with the numbers printed beside them, so a grey print reads the same.
class ComplaintKeywordsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ComplaintKeywordsPanel(QWidget* parent = nullptr);

    void show(const ComplaintKeywords& keywords, const QString& month);
    void showFailure(const QString& message);
    void setScale(double scale);

    const ComplaintKeywords& keywords() const { return m_keywords; }
    // "包装 · 1,234 · 12.3%" per term, in order: what the bars say, for tests and screen readers.
    QStringList lines() const;

private:
    ComplaintKeywords m_keywords;
    QLabel* m_title;
    QLabel* m_note;
    KeywordBars* m_bars;
    QFont m_base;
};

} // namespace ingot
