#include "storage/postgres/PostgresTicketSearch.h"

#include "storage/postgres/PostgresDialect.h"

namespace ingot {

TicketSearch::Condition PostgresTicketSearch::condition(const QString& rawText) const
{
    // A NUL (pasted, never typed) means nothing, as on SQLite; PostgreSQL text cannot hold one.
    const QString text = QString(rawText).remove(QChar(u'\0')).trimmed();
    if (auto number = ticketNumber(text))
        return *number;
    const PostgresDialect& d = PostgresDialect::instance();
    Condition c;
    c.sql = c.walkSql = QStringLiteral("(%1 OR %2 OR %3 OR t.customer_id IN (SELECT id FROM customers WHERE %4))")
                            .arg(d.likeIgnoringCase(QStringLiteral("t.ticket_no")),
                                 d.likeIgnoringCase(QStringLiteral("t.title")),
                                 d.likeIgnoringCase(QStringLiteral("t.description")),
                                 d.likeIgnoringCase(QStringLiteral("name")));
    const QString pattern = SqlDialect::containsPattern(text);
    c.values << pattern << pattern << pattern << pattern;
    return c;
}

Result<qint64> PostgresTicketSearch::countMatches(const Condition& condition)
{
    Q_UNUSED(condition);
    return Error::internal(QStringLiteral("countMatches needs an indexed condition"));
}

Result<bool> PostgresTicketSearch::walkSortIndex(const Condition& condition, qint64 rowsNeeded)
{
    Q_UNUSED(condition);
    Q_UNUSED(rowsNeeded);
    return false;
}

}  // namespace ingot
