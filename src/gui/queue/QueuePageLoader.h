#pragma once

#include "core/common/Result.h"
#include "core/repositories/Repositories.h"
#include "core/repositories/QueueQuery.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ingot {

// Runs queue queries on a worker thread. A database connection belongs to the thread that opened
// it, so the loader opens its own store there (lazily, on the first request) and closes it there.
// Every request carries the model's generation, returned with the answer, so that the model can
// drop answers to a filter it no longer shows.
class QueuePageLoader final : public QObject {
    Q_OBJECT
public:
    using StoreFactory = std::function<Result<std::unique_ptr<Store>>()>;

    // Opens `dbPath` (a file or a postgresql:// address) read-write without creating or migrating it:
    // the window's own store did that.
    static StoreFactory forDatabase(const QString& dbPath);

    explicit QueuePageLoader(StoreFactory factory);
    ~QueuePageLoader() override;

public slots:
    void count(quint64 generation, const ingot::QueueFilter& filter);
    void fetch(quint64 generation, const ingot::QueueFilter& filter, ingot::QueueSort sort, int page, int pageSize);
    // Closes the store in the loader's own thread; call before stopping the thread.
    void close();

signals:
    void counted(quint64 generation, qint64 rows);
    void fetched(quint64 generation, int page, const QList<ingot::QueueRow>& rows);
    void failed(quint64 generation, int page, const QString& message);  // page -1: the count

private:
    Store* store(QString* error);

    StoreFactory m_factory;
    std::unique_ptr<Store> m_store;
};

}  // namespace ingot
