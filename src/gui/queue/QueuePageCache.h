#pragma once

#include "core/repositories/QueueQuery.h"

#include <QHash>
#include <QList>

namespace ingot {

// A small least-recently-used cache of queue pages. Each page remembers the generation it was
// loaded for, so that after a refresh the old rows stay on screen until fresh ones arrive.
class QueuePageCache final {
public:
    struct Page {
        QList<QueueRow> rows;
        quint64 generation = 0;
    };

    explicit QueuePageCache(int capacity);

    // The page, marked as most recently used; nullptr when not cached.
    const Page* find(int pageIndex);
    void insert(int pageIndex, Page page);
    void clear();
    int size() const { return static_cast<int>(m_pages.size()); }
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    QHash<int, Page> m_pages;
    QList<int> m_recency;  // least recently used first
};

}  // namespace ingot
