#include "storage/postgres/PostgresTicketRepository.h"

#include "core/common/Instant.h"
#include "storage/postgres/PostgresConnection.h"
#include "storage/postgres/PostgresDialect.h"
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

// The WHERE clause of a queue filter and its values, in order. User text only ever travels as a
// bound value.
struct Where {
    QString sql;
    QVariantList values;
};

Where whereFor(const QueueFilter& f)
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
    if (const QString text = f.text.trimmed(); !text.isEmpty()) {
        // No full-text index on PostgreSQL yet: a substring match, read row by row.
        parts << QStringLiteral("(%1 OR %2 OR %3 OR t.customer_id IN (SELECT id FROM customers WHERE %4))")
                     .arg(PostgresDialect::instance().likeIgnoringCase(QStringLiteral("t.ticket_no")),
                          PostgresDialect::instance().likeIgnoringCase(QStringLiteral("t.title")),
                          PostgresDialect::instance().likeIgnoringCase(QStringLiteral("t.description")),
                          PostgresDialect::instance().likeIgnoringCase(QStringLiteral("name")));
        const QString pattern = SqlDialect::containsPattern(text);
        values << pattern << pattern << pattern << pattern;
    }
    return {parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")), values};
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

Result<QString> PostgresTicketRepository::allocateNumber(int year)
{
    auto q = m_c.prepared(QStringLiteral("INSERT INTO ticket_counters (year, last) VALUES (?, 1) "
                                         "ON CONFLICT(year) DO UPDATE SET last = ticket_counters.last + 1 RETURNING last"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(year);
    if (auto st = execPrepared(m_c, s, Text::tr("numbering a ticket")); !st)
        return st.error();
    if (!s.next())
        return Error::internal(Text::tr("the ticket counter returned nothing"));
    const qint64 n = s.value(0).toLongLong();
    s.finish();
    m_lastAllocated = QStringLiteral("T%1-%2").arg(year).arg(n, 6, 10, QLatin1Char('0'));
    return m_lastAllocated;
}

Status PostgresTicketRepository::insert(Ticket& t)
{
    auto q = m_c.prepared(QStringLiteral(
        "INSERT INTO tickets (ticket_no, customer_id, order_id, batch_no, category, priority, channel, title, "
        "description, reporter, reported_at, tier, region, stage, resume_stage, assignee, last_event_at, "
        "first_response_at, last_resolved_at, closed_at, survey_score, reopen_count, version) "
        "VALUES (?, (SELECT id FROM customers WHERE code = ?), (SELECT id FROM orders WHERE order_no = ?), "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)") + QStringLiteral(" RETURNING id"));
    if (!q)
        return q.error();
    QSqlQuery& s = **q;
    s.addBindValue(t.number);
    s.addBindValue(t.customerCode);
    s.addBindValue(t.orderNo.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.orderNo));
    s.addBindValue(text(t.batchNo));
    s.addBindValue(categoryKey(t.category));
    s.addBindValue(priorityKey(t.priority));
    s.addBindValue(channelKey(t.channel));
    s.addBindValue(text(t.title));
    s.addBindValue(text(t.description));
    s.addBindValue(text(t.reporter));
    s.addBindValue(t.state.reportedAt);
    s.addBindValue(tierKey(t.tier));
    s.addBindValue(regionKey(t.region));
    s.addBindValue(stageKey(t.state.stage));
    s.addBindValue(stageKey(t.state.resumeTo));
    s.addBindValue(text(t.state.assignee));
    s.addBindValue(t.state.lastEventAt);
    s.addBindValue(nullable(t.state.firstResponseAt));
    s.addBindValue(nullable(t.state.lastResolvedAt));
    s.addBindValue(nullable(t.state.closedAt));
    s.addBindValue(t.state.surveyScore ? QVariant(*t.state.surveyScore) : QVariant(QMetaType(QMetaType::Int)));
    s.addBindValue(t.state.reopenCount);
    if (auto st = execPrepared(m_c, s, Text::tr("saving ticket %1").arg(t.number)); !st)
        return st;
    if (!s.next())
        return Error::internal(Text::tr("the new ticket %1 got no id").arg(t.number));
    t.id = s.value(0).toLongLong();
    s.finish();
    t.version = 1;
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

Status PostgresTicketRepository::storeState(Ticket& t, int expectedVersion)
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

Error PostgresTicketRepository::conflict(const Ticket& t)
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

Status PostgresTicketRepository::appendEvent(Ticket& t, TicketEvent& e, int expectedVersion)
{
    if (auto st = storeState(t, expectedVersion); !st)
        return st;
    return insertEvent(t.id, e, t.number);
}

Status PostgresTicketRepository::insertHistory(const Ticket& t, QList<TicketEvent>& events)
{
    for (TicketEvent& e : events)
        if (auto st = insertEvent(t.id, e, t.number); !st)
            return st;
    return success();
}

Status PostgresTicketRepository::insertEvent(qint64 ticketId, TicketEvent& e, const QString& number)
{
    auto q = m_c.prepared(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, actor, action, from_stage, "
                                         "to_stage, value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
                          QStringLiteral(" RETURNING id"));
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
    if (!s.next())
        return Error::internal(Text::tr("the history entry of %1 got no id").arg(number));
    e.id = s.value(0).toLongLong();
    s.finish();
    return success();
}

Result<Ticket> PostgresTicketRepository::findByNumber(const QString& number)
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

Result<QList<TicketEvent>> PostgresTicketRepository::events(qint64 ticketId)
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

Result<QList<QueueRow>> PostgresTicketRepository::page(const QueueFilter& filter, QueueSort sort, qint64 offset,
                                                       int limit)
{
    const Where where = whereFor(filter);
    // The offset is skipped inside the sort's index alone; only the page's rows are read from the
    // table and joined, so a deep page costs an index walk and not a table read per skipped row.
    auto q = m_c.prepared(QStringLiteral("SELECT t.id, t.ticket_no, c.name, t.category, t.priority, t.stage, t.tier, "
                                         "t.region, t.assignee, t.title, t.reported_at, t.next_due_at "
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
        out << r;
    }
    s.finish();
    return out;
}

Result<qint64> PostgresTicketRepository::count(const QueueFilter& filter)
{
    const Where where = whereFor(filter);
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

Status PostgresTicketRepository::forEach(const std::function<void(const Ticket&)>& visit)
{
    QSqlQuery s(m_c.database());
    s.setForwardOnly(true);
    if (!s.exec(kTicketSelect + QStringLiteral("ORDER BY t.id")))
        return m_c.errorFrom(s, Text::tr("reading tickets"));
    while (s.next())
        visit(ticketFromRow(s));
    return success();
}

}  // namespace ingot
