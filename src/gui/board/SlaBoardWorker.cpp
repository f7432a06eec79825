#include "gui/board/SlaBoardWorker.h"

#include "app/board/SlaBoardService.h"
#include "app/quality/KeywordService.h"
#include "app/storage/StoreOpener.h"

namespace ingot {

SlaBoardWorker::SourceFactory SlaBoardWorker::forDatabase(const QString& setting)
{
    return [setting]() -> Result<Source> {
        auto opened = StoreOpener::openExisting(setting);
        if (!opened)
            return opened.error();
        std::unique_ptr<Store> store = std::move(opened).value();
        std::unique_ptr<SlaBoardRepository> board = store->boardReads();
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
