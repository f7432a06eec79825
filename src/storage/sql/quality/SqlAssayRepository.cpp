#include "storage/sql/quality/SqlAssayRepository.h"

#include "storage/sql/SqlRows.h"
#include "storage/sql/quality/QualitySql.h"

#include <QCoreApplication>
#include <QMap>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

Result<QList<GradeLimits>> SqlAssayRepository::grades()
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT grade, element, limit_pct, source FROM grade_limits "
                                             "ORDER BY grade DESC, element"),
                              {}, Text::tr("reading grade limits"));
    if (!q)
        return q.error();
    QMap<QString, GradeLimits> byGrade;
    QStringList order;
    while ((*q)->next()) {
        const QString g = (*q)->value(0).toString();
        const QString element = (*q)->value(1).toString();
        const double limit = (*q)->value(2).toDouble();
        if (!byGrade.contains(g))
            order << g;
        GradeLimits& l = byGrade[g];
        l.grade = g;
        l.source = (*q)->value(3).toString();
        if (element == QLatin1String("Pb"))
            l.minPb = limit;
        else if (element == QLatin1String("total"))
            l.maxTotalImpurities = limit;
        else
            l.maxImpurity.insert(element, limit);
    }
    (*q)->finish();
    QList<GradeLimits> out;
    for (const QString& g : order)
        out << byGrade.value(g);
    return out;
}

Result<GradeLimits> SqlAssayRepository::grade(const QString& grade)
{
    auto all = grades();
    if (!all)
        return all.error();
    for (const GradeLimits& g : *all)
        if (g.grade.compare(grade.trimmed(), Qt::CaseInsensitive) == 0)
            return g;
    return Error::notFound(Text::tr("no limits for grade '%1'").arg(grade));
}

Status SqlAssayRepository::setLimit(const QString& grade, const QString& element, double percent,
                                       const QString& source)
{
    if (percent < 0 || percent > 100)
        return Error::badInput(Text::tr("a limit is a percentage between 0 and 100, not %1").arg(percent));
    return quality_sql::exec(m_c,
                             QStringLiteral("INSERT INTO grade_limits (grade, element, limit_pct, source) "
                                            "VALUES (?, ?, ?, ?) ON CONFLICT(grade, element) DO UPDATE SET "
                                            "limit_pct = excluded.limit_pct, source = excluded.source"),
                             {grade.trimmed(), element.trimmed(), percent, text(source)}, Text::tr("saving a grade limit"));
}

Status SqlAssayRepository::insert(Assay& a)
{
    auto q = quality_sql::run(
        m_c,
        QStringLiteral("INSERT INTO assays (ticket_id, batch_no, grade, measured_at, lab, recorded_by, pass, failed) "
                       "VALUES ((SELECT id FROM tickets WHERE ticket_no = ?), ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {text(a.ticketNo), a.batchNo, a.grade, a.measuredAt, text(a.lab), text(a.recordedBy), a.pass ? 1 : 0,
         text(a.failed.join(QLatin1Char(',')))},
        Text::tr("saving an assay"));
    if (!q)
        return q.error();
    if ((*q)->next())
        a.id = (*q)->value(0).toLongLong();
    (*q)->finish();
    for (auto it = a.values.constBegin(); it != a.values.constEnd(); ++it)
        if (auto st = quality_sql::exec(m_c,
                                        QStringLiteral("INSERT INTO assay_values (assay_id, element, percent) "
                                                       "VALUES (?, ?, ?)"),
                                        {a.id, it.key(), it.value()}, Text::tr("saving an assay"));
            !st)
            return st;
    return success();
}

Result<QList<Assay>> SqlAssayRepository::forBatch(const QString& batchNo)
{
    auto q = quality_sql::run(m_c,
                              QStringLiteral("SELECT a.id, coalesce(t.ticket_no, ''), a.batch_no, a.grade, "
                                             "a.measured_at, a.lab, a.recorded_by, a.pass, a.failed "
                                             "FROM assays a LEFT JOIN tickets t ON t.id = a.ticket_id "
                                             "WHERE a.batch_no = ? ORDER BY a.measured_at, a.id"),
                              {batchNo}, Text::tr("reading assays"));
    if (!q)
        return q.error();
    QList<Assay> out;
    while ((*q)->next()) {
        const QSqlQuery& s = **q;
        Assay a;
        a.id = s.value(0).toLongLong();
        a.ticketNo = s.value(1).toString();
        a.batchNo = s.value(2).toString();
        a.grade = s.value(3).toString();
        a.measuredAt = s.value(4).toLongLong();
        a.lab = s.value(5).toString();
        a.recordedBy = s.value(6).toString();
        a.pass = s.value(7).toInt() != 0;
        a.failed = s.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        out << a;
    }
    (*q)->finish();
    for (Assay& a : out) {
        auto v = quality_sql::run(m_c,
                                  QStringLiteral("SELECT element, percent FROM assay_values WHERE assay_id = ? "
                                                 "ORDER BY element"),
                                  {a.id}, Text::tr("reading assays"));
        if (!v)
            return v.error();
        while ((*v)->next())
            a.values.insert((*v)->value(0).toString(), (*v)->value(1).toDouble());
        (*v)->finish();
    }
    return out;
}

} // namespace ingot
