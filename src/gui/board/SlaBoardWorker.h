#pragma once

#include "core/board/BoardTypes.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/quality/ComplaintKeywords.h"
#include "core/repositories/Repositories.h"
#include "core/repositories/SlaBoardRepository.h"

#include <QObject>
#include <functional>
#include <memory>

namespace ingot {

// The board's refreshes, on a thread of their own. A database connection belongs to the thread that
// opened it, so the worker opens its own store there on the first request and closes it there.
// Answers are plain values (BoardSnapshot) delivered by queued signals with the request's
// generation, so that the window drops answers to a filter it no longer shows.
class SlaBoardWorker final : public QObject {
    Q_OBJECT
public:
    struct Source {
        std::unique_ptr<Store> store;
        std::unique_ptr<SlaBoardRepository> board;
    };
    using SourceFactory = std::function<Result<Source>()>;

    // Opens the database setting (a file or a PostgreSQL address) without creating or migrating it:
    // the desk's own store did that.
    static SourceFactory forDatabase(const QString& setting);

    SlaBoardWorker(SourceFactory factory, const Clock& clock);
    ~SlaBoardWorker() override;

public slots:
    void refresh(quint64 generation, const ingot::BoardFilter& filter);
    void loadTeams();
    // The complaint keywords of the tickets reported in [from, to]; seconds of work on a large desk,
    // so the window asks for them far less often than for the figures.
    void countKeywords(quint64 generation, qint64 from, qint64 to);
    void close(); // in the worker's thread, before it stops

signals:
    void ready(quint64 generation, const ingot::BoardSnapshot& snapshot);
    void failed(quint64 generation, const QString& message);
    void teamsReady(const QStringList& teams);
    void keywordsReady(quint64 generation, const ingot::ComplaintKeywords& keywords);
    void keywordsFailed(quint64 generation, const QString& message);

private:
    Source* source(QString* error);

    SourceFactory m_factory;
    const Clock& m_clock;
    std::optional<Source> m_source;
};

} // namespace ingot
