#pragma once

#include "core/quality/KeywordCounter.h"

#include <QWidget>

namespace ingot {

// Painted horizontal bars, one row per term: the term, a bar as long as its count relative to the
// first (largest) one, and "count · share%" after the bar. Rows keep their height whatever the
// window size, so ten terms always fit the same way.
class KeywordBars final : public QWidget {
    Q_OBJECT
public:
    explicit KeywordBars(QWidget* parent = nullptr);
    void setEntries(const QList<KeywordCounter::Entry>& entries);
    static QString valueText(const KeywordCounter::Entry& entry); // "1,234 · 12.3%"

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    int rowHeight() const;

    QList<KeywordCounter::Entry> m_entries;
};

} // namespace ingot
