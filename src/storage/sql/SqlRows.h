#pragma once

#include "core/tickets/TicketState.h"
#include "core/tickets/TicketTypes.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <optional>

namespace ingot {

// Small conversions between optional domain values and SQL NULL, shared by the repositories.
inline QVariant nullable(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want an empty string instead.
inline QString text(const QString& v)
{
    return v.isNull() ? QStringLiteral("") : v;
}

inline QVariant nullableText(const QString& v)
{
    return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
}

inline std::optional<qint64> optionalInt(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

// The open stages as an SQL list for `stage IN (...)`; the keys are ours, never user text, so they may
// stand in the statement itself.
// Binds the state a ticket row stores, in the order of its columns stage, resume_stage, assignee,
// last_event_at, first_response_at, last_resolved_at, closed_at, survey_score, reopen_count.
inline void addStateValues(QSqlQuery& q, const TicketState& s)
{
    q.addBindValue(stageKey(s.stage));
    q.addBindValue(stageKey(s.resumeTo));
    q.addBindValue(text(s.assignee));
    q.addBindValue(s.lastEventAt);
    q.addBindValue(nullable(s.firstResponseAt));
    q.addBindValue(nullable(s.lastResolvedAt));
    q.addBindValue(nullable(s.closedAt));
    q.addBindValue(nullable(s.surveyScore ? std::optional<qint64>(*s.surveyScore) : std::nullopt));
    q.addBindValue(s.reopenCount);
}

inline QString openStagesSqlList()
{
    QStringList open;
    for (Stage s : allStages())
        if (isOpen(s))
            open << QLatin1Char('\'') + stageKey(s) + QLatin1Char('\'');
    return open.join(QLatin1Char(','));
}

}  // namespace ingot
