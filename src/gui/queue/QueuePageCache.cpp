#include "gui/queue/QueuePageCache.h"

#include <algorithm>

namespace ingot {

QueuePageCache::QueuePageCache(int capacity) : m_capacity(std::max(1, capacity)) {}

const QueuePageCache::Page* QueuePageCache::find(int pageIndex)
{
    const auto it = m_pages.constFind(pageIndex);
    if (it == m_pages.constEnd())
        return nullptr;
    // The cache holds a few dozen pages at most, so a linear touch is cheaper than a linked list.
    if (m_recency.isEmpty() || m_recency.constLast() != pageIndex) {
        m_recency.removeOne(pageIndex);
        m_recency.append(pageIndex);
    }
    return &it.value();
}

void QueuePageCache::insert(int pageIndex, Page page)
{
    m_pages.insert(pageIndex, std::move(page));
    m_recency.removeOne(pageIndex);
    m_recency.append(pageIndex);
    while (m_recency.size() > m_capacity)
        m_pages.remove(m_recency.takeFirst());
}

void QueuePageCache::clear()
{
    m_pages.clear();
    m_recency.clear();
}

}  // namespace ingot
