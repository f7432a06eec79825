#include "storage/sqlite/SqliteTicketRepository.h"

#include "core/common/Instant.h"
#include "storage/sqlite/SqliteDialect.h"
#include "storage/sqlite/SqliteConnection.h"
#include "storage/sql/SqlRows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

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

// The WHERE clause of a queue filter and its values, in order. User text only ever travels as a
// bound value.
struct Where {
    QString sql;
    QVariantList values;
    std::optional<SqliteSearch::Condition> search;  // the text filter, when there is one
};

// `walkSortIndex`: the text filter is tested per row while the sort's index gives the order (see
// SqliteSearch::walkSortIndex).
Where whereFor(const QueueFilter& f, bool walkSortIndex = false)
{
    QStringList parts;
    QVariantList values;
    if (f.stage) {
        parts << QStringLiteral("t.stage = ?");
        values << stageKey(*f.stage);
    } else if (f.openOnly) {
        QStringList open;
        for (Stage s : allStages())
            if (isOpen(s))
                open << QLatin1Char('\'') + stageKey(s) + QLatin1Char('\'');
        parts << QStringLiteral("t.stage IN (%1)").arg(open.join(QLatin1Char(',')));
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
    std::optional<SqliteSearch::Condition> search;
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        search = SqliteSearch::condition(text);
        parts << (walkSortIndex ? search->walkSql : search->sql);
        values << search->values;
    }
    return {parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")), values,
            search};
}

QString orderBy(QueueSort sort)
{
    switch (sort) {
    case QueueSort::OldestFirst:
        return QStringLiteral("ORDER BY t.reported_at ASC, t.id ASC");
    case QueueSort::PriorityFirst:
        return QStringLiteral("ORDER BY t.priority ASC, t.reported_at DESC, t.id DESC");
    case QueueSort::DueFirst:
        return QStringLiteral("ORDER BY t.next_due_at IS NULL, t.next_due_at ASC, t.id ASC");
    case QueueSort::NewestFirst:
        break;
    }
    return QStringLiteral("ORDER BY t.reported_at DESC, t.id DESC");
}
}  // namespace

Result<QString> SqliteTicketRepository::allocateNumber(int year)
{
    // On the native handle too: a bulk load numbers every ticket it inserts.
    if (!m_allocateNumber) {
        auto prepared = SqliteNativeStatement::prepare(
            m_c, QStringLiteral("INSERT INTO ticket_counters (year, last) VALUES (?, 1) "
                                "ON CONFLICT(year) DO UPDATE SET last = last + 1 RETURNING last"));
        if (!prepared)
            return prepared.error();
        m_allocateNumber = std::move(prepared).value();
    }
    m_allocateNumber->bind(1, qint64(year));
    auto n = m_allocateNumber->runForInteger([] { return Text::tr("numbering a ticket"); });
    if (!n)
        return n.error();
    if (!*n)
        return Error::internal(Text::tr("the ticket counter returned nothing"));
    m_lastAllocated = QStringLiteral("T%1-%2").arg(year).arg(**n, 6, 10, QLatin1Char('0'));
    return m_lastAllocated;
}

Status SqliteTicketRepository::insert(Ticket& t)
{
    return insertRow(t, std::nullopt, std::nullopt, std::nullopt);
}

Result<bool> SqliteTicketRepository::insertWithClocks(Ticket& t, qint64 slaPolicyId, std::optional<qint64> nextDueAt,
                                                      std::optional<qint64> nextAtRiskAt)
{
    if (auto st = insertRow(t, slaPolicyId, nextDueAt, nextAtRiskAt); !st)
        return st.error();
    return true;
}

Status SqliteTicketRepository::insertRow(Ticket& t, std::optional<qint64> slaPolicyId, std::optional<qint64> nextDueAt,
                                         std::optional<qint64> nextAtRiskAt)
{
    // On the native handle: seeding and imports insert up to millions of tickets through here.
    // Without a policy the clock columns stay NULL, as before any evaluation.
    if (!m_insertTicket) {
        auto prepared = SqliteNativeStatement::prepare(m_c, QStringLiteral(
            "INSERT INTO tickets (ticket_no, customer_id, order_id, batch_no, category, priority, channel, title, "
            "description, reporter, reported_at, tier, region, stage, resume_stage, assignee, last_event_at, "
            "first_response_at, last_resolved_at, closed_at, survey_score, reopen_count, sla_policy_id, "
            "next_due_at, next_at_risk_at, sla_version, version) "
            "VALUES (?, (SELECT id FROM customers WHERE code = ?), (SELECT id FROM orders WHERE order_no = ?), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        if (!prepared)
            return prepared.error();
        m_insertTicket = std::move(prepared).value();
    }
    SqliteNativeStatement& s = *m_insertTicket;
    s.bind(1, t.number);
    s.bind(2, t.customerCode);
    s.bind(3, t.orderNo);
    s.bind(4, t.batchNo);
    s.bind(5, categoryKey(t.category));
    s.bind(6, priorityKey(t.priority));
    s.bind(7, channelKey(t.channel));
    s.bind(8, t.title);
    s.bind(9, t.description);
    s.bind(10, t.reporter);
    s.bind(11, t.state.reportedAt);
    s.bind(12, tierKey(t.tier));
    s.bind(13, regionKey(t.region));
    s.bind(14, stageKey(t.state.stage));
    s.bind(15, stageKey(t.state.resumeTo));
    s.bind(16, t.state.assignee);
    s.bind(17, t.state.lastEventAt);
    s.bind(18, t.state.firstResponseAt);
    s.bind(19, t.state.lastResolvedAt);
    s.bind(20, t.state.closedAt);
    s.bind(21, t.state.surveyScore ? std::optional<qint64>(*t.state.surveyScore) : std::nullopt);
    s.bind(22, qint64(t.state.reopenCount));
    s.bind(23, slaPolicyId);
    s.bind(24, slaPolicyId ? nextDueAt : std::nullopt);
    s.bind(25, slaPolicyId ? nextAtRiskAt : std::nullopt);
    s.bind(26, slaPolicyId ? std::optional<qint64>(1) : std::nullopt);  // evaluated at the version it gets
    auto id = s.run([&t] { return Text::tr("saving ticket %1").arg(t.number); });
    if (!id)
        return id.error();
    t.id = *id;
    t.version = 1;
    if (auto st = m_search.bulkInserted(t.id, t.title, t.description, t.customerCode); !st)
        return st;
    if (t.number == m_lastAllocated)  // the counter is already there
        return success();

    // Imported numbers move the year's counter past them, so new numbers never collide.
    static const QRegularExpression numbered(QStringLiteral("^T(\\d{4})-(\\d+)$"));
    if (const auto m = numbered.match(t.number); m.hasMatch()) {
        auto bump = m_c.prepared(QStringLiteral("INSERT INTO ticket_counters (year, last) VALUES (?, ?) "
                                                "ON CONFLICT(year) DO UPDATE SET last = max(last, excluded.last)"));
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

Status SqliteTicketRepository::storeState(Ticket& t, int expectedVersion)
{
    auto q = m_c.prepared(QStringLiteral(
        "UPDATE tickets SET stage = ?, resume_stage = ?, assignee = ?, last_event_at = ?, first_response_at = ?, "
        "last_resolved_at = ?, closed_at = ?, survey_score = ?, reopen_count = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(stageKey(t.state.stage));
    s.addBindValue(stageKey(t.state.resumeTo));
    s.addBindValue(text(t.state.assignee));
    s.addBindValue(t.state.lastEventAt);
    s.addBindValue(nullable(t.state.firstResponseAt));
    s.addBindValue(nullable(t.state.lastResolvedAt));
    s.addBindValue(nullable(t.state.closedAt));
    s.addBindValue(t.state.surveyScore ? QVariant(*t.state.surveyScore) : QVariant(QMetaType(QMetaType::Int)));
    s.addBindValue(t.state.reopenCount);
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

Error SqliteTicketRepository::conflict(const Ticket& t)
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

Status SqliteTicketRepository::appendEvent(Ticket& t, TicketEvent& e, int expectedVersion)
{
    if (auto st = storeState(t, expectedVersion); !st)
        return st;
    return insertEvent(t.id, e, t.number);
}

Status SqliteTicketRepository::insertHistory(const Ticket& t, QList<TicketEvent>& events)
{
    // Up to kEventsPerStatement events go in one multi-row INSERT: seeding writes about nine events a
    // ticket, and each statement has a fixed cost (start, reset) of about as much as one row. The rows
    // of one statement get consecutive ids, in order.
    constexpr qsizetype kEventsPerStatement = 16;
    for (qsizetype first = 0; first < events.size(); first += kEventsPerStatement) {
        const qsizetype n = std::min(kEventsPerStatement, events.size() - first);
        std::unique_ptr<SqliteNativeStatement>& prepared = m_insertHistory[static_cast<std::size_t>(n - 1)];
        if (!prepared) {
            QStringList rows;
            for (qsizetype k = 0; k < n; ++k)
                rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)");
            auto s = SqliteNativeStatement::prepare(m_c, QStringLiteral("INSERT INTO ticket_events (ticket_id, at, "
                                                                        "actor, action, from_stage, to_stage, value, "
                                                                        "note) VALUES ") +
                                                             rows.join(QLatin1Char(',')));
            if (!s)
                return s.error();
            prepared = std::move(s).value();
        }
        SqliteNativeStatement& s = *prepared;
        for (qsizetype k = 0; k < n; ++k) {
            const TicketEvent& e = events.at(first + k);
            const int base = static_cast<int>(k) * 8;
            s.bind(base + 1, t.id);
            s.bind(base + 2, e.at);
            s.bind(base + 3, e.actor);
            s.bind(base + 4, actionKey(e.action));
            s.bind(base + 5, stageKey(e.from));
            s.bind(base + 6, stageKey(e.to));
            s.bind(base + 7, e.value);
            s.bind(base + 8, e.note);
        }
        auto last = s.run([&t] { return Text::tr("recording the history of %1").arg(t.number); });
        if (!last)
            return last.error();
        for (qsizetype k = 0; k < n; ++k)
            events[first + k].id = *last - (n - 1) + k;
    }
    return success();
}

Status SqliteTicketRepository::insertEvent(qint64 ticketId, TicketEvent& e, const QString& number)
{
    auto q = m_c.prepared(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor, action, from_stage, "
                                         "to_stage, value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(ticketId);
    s.addBindValue(e.at);
    s.addBindValue(text(e.actor));
    s.addBindValue(actionKey(e.action));
    s.addBindValue(stageKey(e.from));
    s.addBindValue(stageKey(e.to));
    s.addBindValue(text(e.value));
    s.addBindValue(text(e.note));
    if (auto st = execPrepared(m_c, s, Text::tr("recording the history of %1").arg(number)); !st)
        return st;
    e.id = s.lastInsertId().toLongLong();
    s.finish();
    return success();
}

Result<Ticket> SqliteTicketRepository::findByNumber(const QString& number)
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

Result<QList<TicketEvent>> SqliteTicketRepository::events(qint64 ticketId)
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

Result<QList<QueueRow>> SqliteTicketRepository::page(const QueueFilter& filter, QueueSort sort, qint64 offset,
                                                     int limit)
{
    bool walk = false;
    if (const Where plain = whereFor(filter); plain.search) {
        auto w = m_search.walkSortIndex(*plain.search, offset + limit);
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

Result<qint64> SqliteTicketRepository::count(const QueueFilter& filter)
{
    QueueFilter textOnly;
    textOnly.text = filter.text;
    Where where = whereFor(filter);
    if (where.search && !where.search->table.isEmpty()) {
        if (filter == textOnly)
            return m_search.countMatches(*where.search);  // every indexed row is a ticket
        auto walk = m_search.walkSortIndex(*where.search, -1);
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

Status SqliteTicketRepository::forEach(const std::function<void(const Ticket&)>& visit)
{
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    if (!s.exec(kTicketSelect + QStringLiteral("ORDER BY t.id")))
        return m_c.errorFrom(s, Text::tr("reading tickets"));
    while (s.next())
        visit(ticketFromRow(s));
    return success();
}

Status SqliteTicketRepository::beginBulkInsert()
{
    if (auto st = m_deferredIndexes.begin({QStringLiteral("tickets"), QStringLiteral("ticket_events")}); !st)
        return st;
    return m_search.beginBulkInsert();
}

Status SqliteTicketRepository::endBulkInsert()
{
    if (auto st = m_search.endBulkInsert(); !st)
        return st;
    return m_deferredIndexes.end();
}

}  // namespace ingot
