#include "gui/queue/QueuePageLoader.h"

#include "app/storage/StoreOpener.h"

namespace ingot {

QueuePageLoader::StoreFactory QueuePageLoader::forDatabase(const QString& dbPath)
{
    // A file or a PostgreSQL address alike (StoreOpener decides).
    return [dbPath]() -> Result<std::unique_ptr<Store>> { return StoreOpener::openExisting(dbPath); };
}

QueuePageLoader::QueuePageLoader(StoreFactory factory) : m_factory(std::move(factory)) {}

QueuePageLoader::~QueuePageLoader() = default;

Store* QueuePageLoader::store(QString* error)
{
    if (!m_store) {
        auto opened = m_factory();
        if (!opened) {
            *error = opened.error().text();
            return nullptr;
        }
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

void QueuePageLoader::count(quint64 generation, const QueueFilter& filter)
{
    QString error;
    Store* s = store(&error);
    if (!s) {
        emit failed(generation, -1, error);
        return;
    }
    const auto rows = s->tickets().count(filter);
    if (!rows) {
        emit failed(generation, -1, rows.error().text());
        return;
    }
    emit counted(generation, rows.value());
}

void QueuePageLoader::fetch(quint64 generation, const QueueFilter& filter, QueueSort sort, int page, int pageSize)
{
    QString error;
    Store* s = store(&error);
    if (!s) {
        emit failed(generation, page, error);
        return;
    }
    auto rows = s->tickets().page(filter, sort, qint64(page) * pageSize, pageSize);
    if (!rows) {
        emit failed(generation, page, rows.error().text());
        return;
    }
    emit fetched(generation, page, rows.value());
}

void QueuePageLoader::close()
{
    m_store.reset();
}

}  // namespace ingot
