#include "gui/board/SlaBoardWorker.h"

#include "app/board/SlaBoardService.h"
#include "app/quality/KeywordService.h"
#include "app/storage/StoreOpener.h"
#include "storage/sqlite/SqliteStore.h"
#include "storage/sqlite/board/SqliteSlaBoardRepository.h"

#include <QCoreApplication>

namespace ingot {

SlaBoardWorker::SourceFactory SlaBoardWorker::sqliteFactory(const QString& dbPath)
{
    return [dbPath]() -> Result<Source> {
        // The board's queries are SQLite's so far; say so rather than look for a file named like the address.
        if (StoreOpener::isPostgres(dbPath))
            return Error::refused(QCoreApplication::translate(
                "SlaBoard", "The SLA board cannot read a PostgreSQL database yet (docs/postgresql.md)."));
        SqliteStore::Options options;
        options.create = false;
        options.migrate = false;
        auto opened = SqliteStore::open(dbPath, options);
        if (!opened)
            return opened.error();
        std::unique_ptr<SqliteStore> store = std::move(opened).value();
        auto board = std::make_unique<SqliteSlaBoardRepository>(store->connection());
        return Source{std::move(store), std::move(board)};
    };
}

SlaBoardWorker::SlaBoardWorker(SourceFactory factory, const Clock& clock)
    : m_factory(std::move(factory)),
      m_clock(clock)
{}

SlaBoardWorker::~SlaBoardWorker() = default;

SlaBoardWorker::Source* SlaBoardWorker::source(QString* error)
{
    if (!m_source) {
        auto opened = m_factory();
        if (!opened) {
            *error = opened.error().text();
            return nullptr;
        }
        m_source = std::move(opened).value();
    }
    return &*m_source;
}

void SlaBoardWorker::refresh(quint64 generation, const BoardFilter& filter)
{
    QString error;
    Source* s = source(&error);
    if (!s) {
        emit failed(generation, error);
        return;
    }
    SlaBoardService service(*s->store, *s->board, m_clock);
    auto snapshot = service.snapshot(filter);
    if (!snapshot) {
        emit failed(generation, snapshot.error().text());
        return;
    }
    emit ready(generation, *snapshot);
}

void SlaBoardWorker::loadTeams()
{
    QString error;
    Source* s = source(&error);
    if (!s)
        return;
    if (auto teams = s->board->teams())
        emit teamsReady(*teams);
}

void SlaBoardWorker::countKeywords(quint64 generation, qint64 from, qint64 to)
{
    QString error;
    Source* s = source(&error);
    if (!s) {
        emit keywordsFailed(generation, error);
        return;
    }
    auto keywords = KeywordService(*s->store).between(from, to);
    if (!keywords) {
        emit keywordsFailed(generation, keywords.error().text());
        return;
    }
    emit keywordsReady(generation, *keywords);
}

void SlaBoardWorker::close()
{
    m_source.reset();
}

} // namespace ingot
