#include "storage/sqlite/search/SqliteSearch.h"

#include "storage/sqlite/SqliteDialect.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sqlite/search/SqliteBigrams.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

// An FTS5 string: the text as one phrase, so that spaces and operators in it are plain characters.
QString quoted(const QString& text)
{
    return SqliteDialect::ftsPhrase(text);
}

QString inIndex(const QString& table, bool walk)
{
    return QStringLiteral("%1t.id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
        .arg(walk ? QStringLiteral("+") : QString(), table);
}

// Measured on 1,000,000 tickets (docs/performance.md): reading a match and looking its ticket up
// costs about 17 times as much as stepping one entry of an index and probing the set of matches.
constexpr qint64 kLookupOverStep = 17;

// Tickets of a bulk load indexed together. One FTS5 statement per slice keeps its pending terms
// together (FTS5 writes them out at every statement), and the slice bounds the memory.
constexpr int kBulkSlice = 20000;
}  // namespace

SqliteSearch::Condition SqliteSearch::condition(const QString& rawText)
{
    // NULs (pasted, never typed) are dropped before the length picks the index, as ftsPhrase() drops them.
    const QString text = QString(rawText).remove(QChar(u'\0')).trimmed();
    Condition c;
    static const QRegularExpression number(QStringLiteral("^T\\d{4}-\\d{6,}$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (number.match(text).hasMatch()) {
        c.index = Index::TicketNumber;
        c.sql = c.walkSql = QStringLiteral("t.ticket_no = ?");
        c.values << text.toUpper();
        return c;
    }

    const QList<uint> chars = text.toUcs4();
    bool word = true;  // letters and digits only: one unicode61 token
    for (uint ch : chars)
        word = word && QChar::isLetterOrNumber(ch);
    if (chars.size() >= 3) {
        c.index = Index::Trigram;
        c.table = QStringLiteral("ticket_search");
        c.match = quoted(text);
    } else if (word && !chars.isEmpty()) {
        // Two characters are one bigram token; one character is the prefix of every window that
        // starts with it, and the window at the end of a text is that character alone.
        c.index = Index::Bigram;
        c.table = QStringLiteral("ticket_bigrams");
        c.match = chars.size() == 2 ? quoted(text) : quoted(text) + QLatin1Char('*');
    }
    if (!c.table.isEmpty()) {
        c.sql = inIndex(c.table, false);
        c.walkSql = inIndex(c.table, true);
        c.values << c.match;
        return c;
    }

    c.sql = c.walkSql = QStringLiteral("(%1 OR %2 OR t.customer_id IN (SELECT id FROM customers WHERE %3))")
                            .arg(SqliteDialect::instance().likeIgnoringCase(QStringLiteral("t.title")),
                                 SqliteDialect::instance().likeIgnoringCase(QStringLiteral("t.description")),
                                 SqliteDialect::instance().likeIgnoringCase(QStringLiteral("name")));
    const QString pattern = SqlDialect::containsPattern(text);
    c.values << pattern << pattern << pattern;
    return c;
}

Result<qint64> SqliteSearch::countMatches(const Condition& condition)
{
    if (condition.table.isEmpty())
        return Error::internal(QStringLiteral("countMatches needs an indexed condition"));
    auto q = m_c.prepared(QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(condition.table));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(condition.match);
    if (auto st = execPrepared(m_c, s, Text::tr("searching tickets")); !st)
        return st.error();
    const qint64 n = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    m_lastMatch = condition.table + condition.match;
    m_lastCount = n;
    return n;
}

Result<bool> SqliteSearch::walkSortIndex(const Condition& condition, qint64 rowsNeeded)
{
    if (condition.table.isEmpty())
        return false;
    qint64 matches = m_lastCount;
    if (m_lastMatch != condition.table + condition.match) {
        auto n = countMatches(condition);
        if (!n)
            return n.error();
        matches = *n;
    }
    if (rowsNeeded < 0)  // a count: every match is needed
        rowsNeeded = matches;
    // max(id) is one step down the table's b-tree; close enough to the number of tickets.
    auto tickets = m_c.prepared(QStringLiteral("SELECT max(id) FROM tickets"));
    if (!tickets)
        return tickets.error();
    QSqlQuery& s = **tickets;
    if (auto st = execPrepared(m_c, s, Text::tr("searching tickets")); !st)
        return st.error();
    const qint64 total = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    // Walking costs (rowsNeeded * total / matches) steps; reading the matches costs `matches`
    // look-ups. Walk when matches^2 * kLookupOverStep > rowsNeeded * total.
    return static_cast<double>(matches) * static_cast<double>(matches) * kLookupOverStep >
           static_cast<double>(rowsNeeded) * static_cast<double>(total);
}

Status SqliteSearch::beginBulkInsert()
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("beginBulkInsert outside a write transaction"));
    m_bulkGrams.reset();
    m_customerNames.clear();
    m_bulkPending = 0;
    for (const QString& sql :
         {QStringLiteral("INSERT INTO search_deferred (since) SELECT ifnull(max(id), 0) FROM tickets "
                         "WHERE NOT EXISTS (SELECT 1 FROM search_deferred)"),
          // A temporary table is private to this connection and goes with a rollback.
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS search_bulk_grams (id INTEGER PRIMARY KEY, grams TEXT)"),
          QStringLiteral("DELETE FROM temp.search_bulk_grams")})
        if (auto st = m_c.exec(sql); !st)
            return st;
    auto grams = SqliteNativeStatement::prepare(m_c, QStringLiteral("INSERT INTO temp.search_bulk_grams (id, grams) "
                                                                   "VALUES (?, ?)"));
    if (!grams)
        return grams.error();
    m_bulkGrams = std::move(grams).value();
    m_bulkTransaction = m_c.transactionSerial();
    return success();
}

bool SqliteSearch::inBulk() const
{
    return m_c.inTransactionOf(m_bulkTransaction);
}

Result<QString> SqliteSearch::customerName(const QString& code)
{
    if (auto known = m_customerNames.constFind(code); known != m_customerNames.cend())
        return *known;
    auto q = m_c.prepared(QStringLiteral("SELECT name FROM customers WHERE code = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(code);
    if (auto st = execPrepared(m_c, s, Text::tr("indexing tickets for search")); !st)
        return st.error();
    const QString name = s.next() ? s.value(0).toString() : QString();
    s.finish();
    m_customerNames.insert(code, name);
    return name;
}

Status SqliteSearch::bulkInserted(qint64 id, const QString& title, const QString& description,
                                  const QString& customerCode)
{
    if (!inBulk())
        return success();
    auto customer = customerName(customerCode);
    if (!customer)
        return customer.error();
    m_bulkGrams->bind(1, id);
    m_bulkGrams->bindUtf8(2, SqliteBigrams::of(title, description, *customer));
    if (auto st = m_bulkGrams->run([] { return Text::tr("indexing tickets for search"); }); !st)
        return st.error();
    // Indexed a slice at a time: memory stays flat however many tickets the load brings.
    if (++m_bulkPending >= kBulkSlice)
        return indexBulkSlice(id);
    return success();
}

Status SqliteSearch::indexBulkSlice(std::optional<qint64> upTo)
{
    // Tickets after `since` and up to `upTo` (all of them without it). Their bigrams were computed at
    // insert; a ticket written another way gets them from the view.
    const QString range = QStringLiteral(" WHERE id > (SELECT since FROM search_deferred)") +
                          (upTo ? QStringLiteral(" AND id <= %1").arg(*upTo) : QString());
    const QStringList statements{
        QStringLiteral("INSERT INTO ticket_search (rowid, ticket_no, title, description, customer) "
                       "SELECT id, ticket_no, title, description, customer FROM ticket_search_source") + range,
        QStringLiteral("INSERT INTO ticket_bigrams (rowid, grams) "
                       "SELECT id, grams FROM temp.search_bulk_grams ORDER BY id"),
        QStringLiteral("INSERT INTO ticket_bigrams (rowid, grams) SELECT id, grams FROM ticket_search_source") + range +
            QStringLiteral(" AND id NOT IN (SELECT id FROM temp.search_bulk_grams)"),
        QStringLiteral("DELETE FROM temp.search_bulk_grams"),
        QStringLiteral("UPDATE search_deferred SET since = (SELECT ifnull(max(id), 0) FROM tickets") +
            (upTo ? QStringLiteral(" WHERE id <= %1)").arg(*upTo) : QStringLiteral(")"))};
    for (const QString& sql : statements)
        if (auto st = m_c.exec(sql); !st)
            return st;
    m_bulkPending = 0;
    return success();
}

Status SqliteSearch::endBulkInsert()
{
    if (!m_c.inTransaction())
        return Error::internal(QStringLiteral("endBulkInsert outside a write transaction"));
    if (!inBulk()) {  // begun in a transaction that rolled back: nothing of it is left to index
        m_bulkTransaction.reset();
        return success();
    }
    if (auto st = indexBulkSlice(std::nullopt); !st)
        return st;
    m_bulkTransaction.reset();
    m_bulkGrams.reset();  // before the table it writes goes
    m_customerNames.clear();
    for (const QString& sql :
         {QStringLiteral("DROP TABLE temp.search_bulk_grams"), QStringLiteral("DELETE FROM search_deferred")})
        if (auto st = m_c.exec(sql); !st)
            return st;
    return success();
}

}  // namespace ingot
