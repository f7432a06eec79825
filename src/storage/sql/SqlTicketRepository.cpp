#include "storage/sql/SqlTicketRepository.h"

#include "core/common/Instant.h"
#include "storage/sql/SqlConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

const QString kTicketSelect = QStringLiteral(
    "SELECT t.id, t.ticket_no, c.code, c.name, o.order_no, t.batch_no, t.category, t.priority, t.channel, t.title, "
    "t.description, t.reporter, t.tier, t.region, t.stage, t.resume_stage, t.reported_at, t.last_event_at, "
    "t.assignee, t.first_response_at, t.last_resolved_at, t.closed_at, t.survey_score, t.reopen_count, t.version "
    "FROM tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN orders o ON o.id = t.order_id ");

Ticket ticketFromRow(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.number = q.value(1).toString();
    t.customerCode = q.value(2).toString();
    t.customerName = q.value(3).toString();
    t.orderNo = q.value(4).toString();
    t.batchNo = q.value(5).toString();
    t.category = parseCategory(q.value(6).toString()).value_or(Category::Other);
    t.priority = parsePriority(q.value(7).toString()).value_or(Priority::P3);
    t.channel = parseChannel(q.value(8).toString()).value_or(Channel::Phone);
    t.title = q.value(9).toString();
    t.description = q.value(10).toString();
    t.reporter = q.value(11).toString();
    t.tier = parseTier(q.value(12).toString()).value_or(Tier::C);
    t.region = parseRegion(q.value(13).toString()).value_or(Region::East);
    t.state.stage = parseStage(q.value(14).toString()).value_or(Stage::Reported);
    t.state.resumeTo = parseStage(q.value(15).toString()).value_or(Stage::Reported);
    t.state.reportedAt = q.value(16).toLongLong();
    t.state.lastEventAt = q.value(17).toLongLong();
    t.state.assignee = q.value(18).toString();
    t.state.firstResponseAt = optionalInt(q.value(19));
    t.state.lastResolvedAt = optionalInt(q.value(20));
    t.state.closedAt = optionalInt(q.value(21));
    if (!q.value(22).isNull())
        t.state.surveyScore = q.value(22).toInt();
    t.state.reopenCount = q.value(23).toInt();
    t.version = q.value(24).toInt();
    return t;
}

QString orderBy(QueueSort sort)
{
    switch (sort) {
    case QueueSort::OldestFirst:
        return QStringLiteral("ORDER BY t.reported_at ASC, t.id ASC");
    case QueueSort::PriorityFirst:
        return QStringLiteral("ORDER BY t.priority ASC, t.reported_at DESC, t.id DESC");
    case QueueSort::DueFirst:
        return QStringLiteral("ORDER BY (t.next_due_at IS NULL), t.next_due_at ASC, t.id ASC");
    case QueueSort::NewestFirst:
        break;
    }
    return QStringLiteral("ORDER BY t.reported_at DESC, t.id DESC");
}
}  // namespace

// The WHERE clause of a queue filter and its values, in order. User text only ever travels as a
// bound value.
struct SqlTicketRepository::Where {
    QString sql;
    QVariantList values;
    std::optional<TicketSearch::Condition> search;  // the text filter, when there is one
};

SqlTicketRepository::SqlTicketRepository(SqlConnection& connection, std::unique_ptr<TicketSearch> search,
                                         std::unique_ptr<TicketInserts> inserts)
    : m_c(connection), m_search(std::move(search)), m_inserts(std::move(inserts))
{
}

SqlTicketRepository::~SqlTicketRepository() = default;

// `walkSortIndex`: the text filter is tested per row while the sort's index gives the order (see
// TicketSearch::walkSortIndex).
SqlTicketRepository::Where SqlTicketRepository::whereFor(const QueueFilter& f, bool walkSortIndex) const
{
    QStringList parts;
    QVariantList values;
    if (f.stage) {
        parts << QStringLiteral("t.stage = ?");
        values << stageKey(*f.stage);
    } else if (f.openOnly) {
        parts << QStringLiteral("t.stage IN (%1)").arg(openStagesSqlList());
    }
    if (f.tier) {
        parts << QStringLiteral("t.tier = ?");
        values << tierKey(*f.tier);
    }
    if (f.priority) {
        parts << QStringLiteral("t.priority = ?");
        values << priorityKey(*f.priority);
    }
    if (f.region) {
        parts << QStringLiteral("t.region = ?");
        values << regionKey(*f.region);
    }
    if (f.assignee) {
        parts << QStringLiteral("t.assignee = ?");
        values << text(*f.assignee);
    }
    if (!f.customerCode.isEmpty()) {
        parts << QStringLiteral("t.customer_id = (SELECT id FROM customers WHERE code = ?)");
        values << f.customerCode;
    }
    std::optional<TicketSearch::Condition> search;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        search = m_search->condition(text);
        parts << (walkSortIndex ? search->walkSql : search->sql);
        values << search->values;
    }
    return {parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")), values,
            search};
}

Result<QString> SqlTicketRepository::allocateNumber(int year)
{
    auto n = m_inserts->nextNumber(year);
    if (!n)
        return n.error();
    m_lastAllocated = QStringLiteral("T%1-%2").arg(year).arg(*n, 6, 10, QLatin1Char('0'));
    return m_lastAllocated;
}

Status SqlTicketRepository::insert(Ticket& t)
{
    return insertRow(t, {});
}

Result<bool> SqlTicketRepository::insertWithClocks(Ticket& t, qint64 slaPolicyId, std::optional<qint64> nextDueAt,
                                                      std::optional<qint64> nextAtRiskAt)
{
    if (auto st = insertRow(t, {slaPolicyId, nextDueAt, nextAtRiskAt}); !st)
        return st.error();
    return true;
}

Status SqlTicketRepository::insertRow(Ticket& t, const TicketInserts::Clocks& clocks)
{
    auto id = m_inserts->insertTicket(t, clocks);
    if (!id)
        return id.error();
    t.id = *id;
    t.version = 1;
    if (auto st = m_search->bulkInserted(t.id, t.title, t.description, t.customerCode); !st)
        return st;
    if (t.number == m_lastAllocated)  // the counter is already there
        return success();

    // Imported numbers move the year's counter past them, so new numbers never collide.
    static const QRegularExpression numbered(QStringLiteral("^T(\\d{4})-(\\d+)$"));
    if (const auto m = numbered.match(t.number); m.hasMatch()) {
        auto bump = m_c.prepared(
            QStringLiteral("INSERT INTO ticket_counters (year, last) VALUES (?, ?) ON CONFLICT(year) DO UPDATE SET last = ") +
            m_c.dialect().greatest(QStringLiteral("ticket_counters.last"), QStringLiteral("excluded.last")));
        if (!bump)
            return bump.error();
        (*bump)->addBindValue(m.captured(1).toInt());
        (*bump)->addBindValue(m.captured(2).toLongLong());
        auto st = execPrepared(m_c, **bump, Text::tr("numbering a ticket"));
        (*bump)->finish();
        return st;
    }
    return success();
}

Status SqlTicketRepository::storeState(Ticket& t, int expectedVersion)
{
    auto q = m_c.prepared(QStringLiteral(
        "UPDATE tickets SET stage = ?, resume_stage = ?, assignee = ?, last_event_at = ?, first_response_at = ?, "
        "last_resolved_at = ?, closed_at = ?, survey_score = ?, reopen_count = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    addStateValues(s, t.state);
    s.addBindValue(t.id);
    s.addBindValue(expectedVersion);
    if (auto st = execPrepared(m_c, s, Text::tr("saving ticket %1").arg(t.number)); !st)
        return st;
    const int changed = s.numRowsAffected();
    s.finish();
    if (changed != 1)
        return conflict(t);
    t.version = expectedVersion + 1;
    return success();
}

Error SqlTicketRepository::conflict(const Ticket& t)
{
    auto q = m_c.prepared(QStringLiteral("SELECT actor, at FROM ticket_events WHERE ticket_id = ? ORDER BY id DESC LIMIT 1"));
    if (q) {
        QSqlQuery& s = **q;
        s.addBindValue(t.id);
        if (s.exec() && s.next()) {
            const QString who = s.value(0).toString();
            const qint64 at = s.value(1).toLongLong();
            s.finish();
            return Error::refused(Text::tr("Ticket %1 was changed by %2 at %3 - reload it and try again.")
                                      .arg(t.number, who, Instant::formatShort(at)));
        }
        s.finish();
    }
    return Error::refused(Text::tr("Ticket %1 was changed by someone else - reload it and try again.").arg(t.number));
}

Status SqlTicketRepository::appendEvent(Ticket& t, TicketEvent& e, int expectedVersion)
{
    if (auto st = storeState(t, expectedVersion); !st)
        return st;
    QList<TicketEvent> one{e};
    if (auto st = m_inserts->insertEvents(t, one); !st)
        return st;
    e.id = one.first().id;
    return success();
}

Status SqlTicketRepository::insertHistory(const Ticket& t, QList<TicketEvent>& events)
{
    return m_inserts->insertEvents(t, events);
}

Result<Ticket> SqlTicketRepository::findByNumber(const QString& number)
{
    auto q = m_c.prepared(kTicketSelect + QStringLiteral("WHERE t.ticket_no = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(number.trimmed().toUpper());
    if (auto st = execPrepared(m_c, s, Text::tr("reading a ticket")); !st)
        return st.error();
    if (!s.next())
        return Error::notFound(Text::tr("no ticket with number '%1'").arg(number));
    Ticket t = ticketFromRow(s);
    s.finish();
    return t;
}

Result<QList<TicketEvent>> SqlTicketRepository::events(qint64 ticketId)
{
    auto q = m_c.prepared(QStringLiteral("SELECT id, at, actor, action, from_stage, to_stage, value, note "
                                         "FROM ticket_events WHERE ticket_id = ? ORDER BY id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(ticketId);
    if (auto st = execPrepared(m_c, s, Text::tr("reading a ticket's history")); !st)
        return st.error();
    QList<TicketEvent> out;
    while (s.next()) {
        TicketEvent e;
        e.id = s.value(0).toLongLong();
        e.at = s.value(1).toLongLong();
        e.actor = s.value(2).toString();
        e.action = parseAction(s.value(3).toString()).value_or(Action::Note);
        e.from = parseStage(s.value(4).toString()).value_or(Stage::Reported);
        e.to = parseStage(s.value(5).toString()).value_or(Stage::Reported);
        e.value = s.value(6).toString();
        e.note = s.value(7).toString();
        out << e;
    }
    s.finish();
    return out;
}

Result<QList<QueueRow>> SqlTicketRepository::page(const QueueFilter& filter, QueueSort sort, qint64 offset,
                                                     int limit)
{
    bool walk = false;
    if (const Where plain = whereFor(filter); plain.search) {
        auto w = m_search->walkSortIndex(*plain.search, offset + limit);
        if (!w)
            return w.error();
        walk = *w;
    }
    const Where where = whereFor(filter, walk);
    // The offset is skipped inside the sort's index alone; only the page's rows are read from the
    // table and joined, so a deep page costs an index walk and not a table read per skipped row.
    auto q = m_c.prepared(QStringLiteral("SELECT t.id, t.ticket_no, c.name, t.category, t.priority, t.stage, t.tier, "
                                         "t.region, t.assignee, t.title, t.reported_at, t.next_due_at, t.next_at_risk_at "
                                         "FROM (SELECT t.id FROM tickets t %1 %2 LIMIT ? OFFSET ?) p "
                                         "JOIN tickets t ON t.id = p.id JOIN customers c ON c.id = t.customer_id %2")
                              .arg(where.sql, orderBy(sort)));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : where.values)
        s.addBindValue(v);
    s.addBindValue(limit);
    s.addBindValue(offset);
    if (auto st = execPrepared(m_c, s, Text::tr("reading the queue")); !st)
        return st.error();
    QList<QueueRow> out;
    out.reserve(limit);
    while (s.next()) {
        QueueRow r;
        r.id = s.value(0).toLongLong();
        r.number = s.value(1).toString();
        r.customerName = s.value(2).toString();
        r.category = parseCategory(s.value(3).toString()).value_or(Category::Other);
        r.priority = parsePriority(s.value(4).toString()).value_or(Priority::P3);
        r.stage = parseStage(s.value(5).toString()).value_or(Stage::Reported);
        r.tier = parseTier(s.value(6).toString()).value_or(Tier::C);
        r.region = parseRegion(s.value(7).toString()).value_or(Region::East);
        r.assignee = s.value(8).toString();
        r.title = s.value(9).toString();
        r.reportedAt = s.value(10).toLongLong();
        r.nextDueAt = s.value(11).toLongLong();
        r.nextAtRiskAt = s.value(12).toLongLong();
        out << r;
    }
    s.finish();
    return out;
}

Result<qint64> SqlTicketRepository::count(const QueueFilter& filter)
{
    QueueFilter textOnly;
    textOnly.text = filter.text;
    Where where = whereFor(filter);
    if (where.search && where.search->indexed()) {
        if (filter == textOnly)
            return m_search->countMatches(*where.search);  // every indexed row is a ticket
        auto walk = m_search->walkSortIndex(*where.search, -1);
        if (!walk)
            return walk.error();
        where = whereFor(filter, *walk);
    }
    auto q = m_c.prepared(QStringLiteral("SELECT count(*) FROM tickets t %1").arg(where.sql));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    for (const QVariant& v : where.values)
        s.addBindValue(v);
    if (auto st = execPrepared(m_c, s, Text::tr("counting the queue")); !st)
        return st.error();
    const qint64 n = s.next() ? s.value(0).toLongLong() : 0;
    s.finish();
    return n;
}

Status SqlTicketRepository::forEach(const std::function<void(const Ticket&)>& visit)
{
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    if (!s.exec(kTicketSelect + QStringLiteral("ORDER BY t.id")))
        return m_c.errorFrom(s, Text::tr("reading tickets"));
    while (s.next())
        visit(ticketFromRow(s));
    return success();
}

Status SqlTicketRepository::beginBulkInsert()
{
    if (auto st = m_inserts->beginBulk(); !st)
        return st;
    return m_search->beginBulkInsert();
}

Status SqlTicketRepository::endBulkInsert()
{
    if (auto st = m_search->endBulkInsert(); !st)
        return st;
    return m_inserts->endBulk();
}

}  // namespace ingot
