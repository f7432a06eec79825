// libFuzzer target: what a person types into a search box: the ticket queue's text filter, the
// customer search and the knowledge base search and suggestions, against the seeded database.
// Invariants: no crash, and a search never fails (any text is a valid query; the knowledge base may
// only say that there is nothing to search for).
#include "FuzzSupport.h"

#include "app/quality/KnowledgeService.h"
#include "app/quality/SearchTerms.h"
#include "core/common/Clock.h"

using namespace ingot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzDatabase& db = fuzz::FuzzDatabase::instance();
    static const FixedClock clock(1773100800);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const QStringList terms = SearchTerms::forQuery(text);
    for (const QString& term : terms)
        fuzz::check(!term.isEmpty(), "an empty search term");
    const QStringList words = SearchTerms::forTicket(text, {}, 16);
    fuzz::check(words.size() <= 16, "more ticket terms than asked for");

    QueueFilter filter;
    filter.text = text;
    auto count = db.store().tickets().count(filter);
    fuzz::check(count.ok(), "the queue count failed", count.ok() ? QString() : count.error().text());
    for (QueueSort sort : {QueueSort::NewestFirst, QueueSort::DueFirst}) {
        auto page = db.store().tickets().page(filter, sort, 0, 50);
        fuzz::check(page.ok(), "the queue page failed", page.ok() ? QString() : page.error().text());
        fuzz::check(page->size() <= *count, "the page has more rows than the count");
    }
    auto customers = db.store().customers().search(text, 20);
    fuzz::check(customers.ok(), "the customer search failed", customers.ok() ? QString() : customers.error().text());

    KnowledgeService kb(db.store(), clock);
    auto found = kb.search(text, QString(), 10);
    fuzz::check(found.ok() || (found.error().kind == Error::Kind::BadInput && terms.isEmpty()),
                "the knowledge search failed", found.ok() ? QString() : found.error().text());
    auto suggested = kb.suggest(text, text, std::nullopt, QStringLiteral("zh"), 5);
    fuzz::check(suggested.ok(), "the knowledge suggestions failed", suggested.ok() ? QString() : suggested.error().text());
    return 0;
}
