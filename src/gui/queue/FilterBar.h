#pragma once

#include "core/customers/Technician.h"
#include "core/repositories/QueueQuery.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class FilterBar;
}

namespace ingot {

// The row of filters above the queue. Combos apply at once; the search text waits until the agent
// pauses typing (300 ms) so that a million-row count is not started per keystroke.
class FilterBar final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kTextDebounceMs = 300;

    explicit FilterBar(QWidget* parent = nullptr);
    ~FilterBar() override;

    void setTechnicians(const QList<Technician>& technicians);
    QueueFilter filter() const;
    void focusSearch();

public slots:
    void clear();

signals:
    void filterChanged(const ingot::QueueFilter& filter);

private:
    void fillCombos();
    void emitFilter();

    std::unique_ptr<Ui::FilterBar> m_ui;
    QTimer m_textTimer;
    bool m_silent = false;  // while clear() resets several widgets, emit once
    QueueFilter m_lastEmitted;
};

}  // namespace ingot
