#include "cli/commands/QualityCommands.h"

#include "app/quality/BatchTraceService.h"
#include "app/quality/ImprovementService.h"
#include "app/quality/KeywordService.h"
#include "app/quality/KnowledgeService.h"
#include "app/quality/RecurrenceService.h"
#include "app/quality/SurveyService.h"
#include "core/common/Instant.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void print(CliContext& ctx, const QJsonValue& v)
{
    ctx.out()
        << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Indented);
}

QJsonValue instant(const std::optional<qint64>& at)
{
    return at ? QJsonValue(Instant::format(*at)) : QJsonValue(QJsonValue::Null);
}

Result<int> wholeNumber(const std::optional<QString>& text, int fallback, const QString& option, int min, int max)
{
    if (!text)
        return fallback;
    bool ok = false;
    const int v = text->toInt(&ok);
    if (!ok || v < min || v > max)
        return Error::badInput(
            Text::tr("%1 needs a whole number from %2 to %3, not '%4'").arg(option).arg(min).arg(max).arg(*text));
    return v;
}

Result<std::optional<qint64>> optionalInstant(const std::optional<QString>& text, const QString& option)
{
    if (!text)
        return std::optional<qint64>{};
    auto at = Instant::parse(*text);
    if (!at)
        return Error::badInput(QStringLiteral("%1: %2").arg(option, at.error().message));
    return std::optional<qint64>(*at);
}

Result<QString> language(const std::optional<QString>& text)
{
    if (!text)
        return QString();
    const QString l = text->trimmed().toLower();
    if (l == QLatin1String("zh") || l == QLatin1String("zh_cn"))
        return QStringLiteral("zh");
    if (l == QLatin1String("en"))
        return QStringLiteral("en");
    return Error::badInput(Text::tr("--lang is zh or en, not '%1'").arg(*text));
}

Error notFoundAsBadInput(const Error& e)
{
    return e.kind == Error::Kind::NotFound ? Error::badInput(e.message, e.where) : e;
}

QJsonObject articleJson(const KnowledgeArticle& a)
{
    return QJsonObject{{"code", a.code},
                       {"language", a.language},
                       {"category", categoryKey(a.category)},
                       {"title", a.title},
                       {"cause", a.cause},
                       {"check", a.check},
                       {"action", a.action},
                       {"customer_reply", a.customerReply},
                       {"keywords", a.keywords},
                       {"solved_count", a.solvedCount}};
}

QJsonObject followUpJson(const SurveyFollowUp& f)
{
    return QJsonObject{{"id", f.id},
                       {"ticket_no", f.ticketNo},
                       {"score", f.score},
                       {"comment", f.comment},
                       {"owner", f.owner},
                       {"status", followUpStatusKey(f.status)},
                       {"created_at", Instant::format(f.createdAt)},
                       {"progress_due_at", Instant::format(f.progressDueAt)},
                       {"close_due_at", Instant::format(f.closeDueAt)},
                       {"progress_at", instant(f.progressAt)},
                       {"closed_at", instant(f.closedAt)}};
}

QJsonObject actionJson(const ImprovementAction& a, qint64 now)
{
    return QJsonObject{{"number", a.number},
                       {"title", a.title},
                       {"status", improvementStatusKey(a.status)},
                       {"signature", a.signature},
                       {"category", a.category ? QJsonValue(categoryKey(*a.category)) : QJsonValue(QJsonValue::Null)},
                       {"customer_code", a.customerCode},
                       {"batch_no", a.batchNo},
                       {"region", a.region ? QJsonValue(regionKey(*a.region)) : QJsonValue(QJsonValue::Null)},
                       {"root_cause", a.rootCause},
                       {"corrective_action", a.correctiveAction},
                       {"owner", a.owner},
                       {"due_at", instant(a.dueAt)},
                       {"verification", a.verification},
                       {"overdue", ImprovementStateMachine::isOverdue(a, now)},
                       {"created_at", Instant::format(a.createdAt)},
                       {"verified_at", instant(a.verifiedAt)},
                       {"closed_at", instant(a.closedAt)},
                       {"tickets", QJsonArray::fromStringList(a.tickets)}};
}

QJsonObject clusterJson(const RecurrenceService::Finding& f)
{
    const RecurrenceCluster& c = f.cluster;
    QJsonObject o{{"kind", clusterKindKey(c.kind)},
                  {"signature", c.signature},
                  {"category", categoryKey(c.category)},
                  {"count", c.count()},
                  {"first_at", Instant::format(c.firstAt)},
                  {"last_at", Instant::format(c.lastAt)},
                  {"tickets", QJsonArray::fromStringList(c.tickets)},
                  {"tracked_by", f.trackedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.trackedBy)},
                  {"untracked", QJsonArray::fromStringList(f.untracked)}};
    if (!c.customerCode.isEmpty())
        o.insert(QStringLiteral("customer_code"), c.customerCode);
    if (!c.batchNo.isEmpty())
        o.insert(QStringLiteral("batch_no"), c.batchNo);
    if (c.region)
        o.insert(QStringLiteral("region"), regionKey(*c.region));
    return o;
}

QJsonObject traceJson(const BatchTraceService::Trace& t)
{
    QJsonArray deliveries;
    for (const auto& d : t.deliveries)
        deliveries << QJsonObject{{"order_no", d.orderNo},
                                  {"customer_code", d.customerCode},
                                  {"customer_name", d.customerName},
                                  {"region", d.region},
                                  {"grade", d.grade},
                                  {"quantity_t", d.quantityT},
                                  {"delivered_at", instant(d.deliveredAt)}};
    QJsonArray tickets;
    for (const auto& k : t.tickets)
        tickets << QJsonObject{{"ticket_no", k.number},
                               {"customer_code", k.customerCode},
                               {"customer_name", k.customerName},
                               {"category", categoryKey(k.category)},
                               {"stage", k.stage},
                               {"title", k.title},
                               {"reported_at", Instant::format(k.reportedAt)}};
    QJsonArray assays;
    for (const Assay& a : t.assays) {
        QJsonObject values;
        for (auto it = a.values.constBegin(); it != a.values.constEnd(); ++it)
            values.insert(it.key(), it.value());
        assays << QJsonObject{{"ticket_no", a.ticketNo},
                              {"grade", a.grade},
                              {"measured_at", Instant::format(a.measuredAt)},
                              {"lab", a.lab},
                              {"pass", a.pass},
                              {"failed", QJsonArray::fromStringList(a.failed)},
                              {"values", values}};
    }
    return QJsonObject{
        {"batch_no", t.batchNo},    {"grades", QJsonArray::fromStringList(t.grades)},
        {"customers", t.customers}, {"tons", t.tons},
        {"deliveries", deliveries}, {"tickets", tickets},
        {"assays", assays},         {"improvement_actions", QJsonArray::fromStringList(t.improvementActions)}};
}
} // namespace

bool QualityCommands::handles(const QString& command)
{
    static const QStringList commands{
        QStringLiteral("kb"),    QStringLiteral("survey"), QStringLiteral("recurring"), QStringLiteral("improvement"),
        QStringLiteral("batch"), QStringLiteral("assay"),  QStringLiteral("keywords")};
    return commands.contains(command);
}

Status QualityCommands::run(CliContext& ctx, const QString& command, CliArgs& args)
{
    if (command == QLatin1String("kb"))
        return kb(ctx, args);
    if (command == QLatin1String("survey"))
        return survey(ctx, args);
    if (command == QLatin1String("recurring"))
        return recurring(ctx, args);
    if (command == QLatin1String("improvement"))
        return improvement(ctx, args);
    if (command == QLatin1String("batch"))
        return batch(ctx, args);
    if (command == QLatin1String("assay"))
        return assay(ctx, args);
    return keywords(ctx, args);
}

QString QualityCommands::usage()
{
    return Text::tr("  kb search TEXT [--lang zh|en] [--limit N] | kb show CODE | kb solved TICKET_NO CODE\n"
              "  survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run]\n"
              "  survey unanswered [--limit N] | survey followups [--all]\n"
              "  recurring detect [--now ISO] [--propose]\n"
              "  improvement list [--all] | show NO | step NO start|verify|reopen|close [--note TEXT]\n"
              "  batch trace BATCH_NO | batch ticket TICKET_NO\n"
              "  assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...\n"
              "  keywords --month YYYY-MM [--limit N]\n");
}

Status QualityCommands::kb(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const QString usage = Text::tr("usage: kb search TEXT [--lang zh|en] [--limit N] | kb show CODE [--lang zh|en] | "
                             "kb solved TICKET_NO CODE");
    if (sub == QStringLiteral("search") || sub == QStringLiteral("show")) {
        const auto text = args.positional();
        auto lang = language(args.option(QStringLiteral("--lang")));
        auto limit = wholeNumber(args.option(QStringLiteral("--limit")), 10, QStringLiteral("--limit"), 1, 1000);
        if (auto st = args.finish(); !st)
            return st;
        if (!text)
            return Error::badInput(usage);
        if (!lang)
            return lang.error();
        if (!limit)
            return limit.error();
        auto store = ctx.store();
        if (!store)
            return store.error();
        KnowledgeService service(**store, ctx.clock());
        if (sub == QStringLiteral("show")) {
            auto a = service.find(*text, lang->isEmpty() ? QStringLiteral("zh") : *lang);
            if (!a)
                return notFoundAsBadInput(a.error());
            print(ctx, articleJson(*a));
            return success();
        }
        auto hits = service.search(*text, *lang, *limit);
        if (!hits)
            return hits.error();
        QJsonArray out;
        for (const auto& h : *hits) {
            QJsonObject o = articleJson(h.article);
            o.insert(QStringLiteral("score"), qRound(h.score * 100) / 100.0);
            o.insert(QStringLiteral("matched"), QJsonArray::fromStringList(h.matched));
            out << o;
        }
        print(ctx, QJsonObject{{"query", *text}, {"count", out.size()}, {"articles", out}});
        return success();
    }
    if (sub == QStringLiteral("solved")) {
        const auto ticket = args.positional();
        const auto code = args.positional();
        if (auto st = args.finish(); !st)
            return st;
        if (!ticket || !code)
            return Error::badInput(usage);
        auto store = ctx.store();
        if (!store)
            return store.error();
        if (auto st = KnowledgeService(**store, ctx.clock()).recordSolved(*ticket, *code, ctx.actor()); !st)
            return st;
        ctx.out() << Text::tr("%1 recorded as solved by %2").arg(*ticket, code->toUpper()) << Qt::endl;
        return success();
    }
    return Error::badInput(usage);
}

Status QualityCommands::survey(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const QString usage = Text::tr("usage: survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE "
                             "[--dry-run] | survey unanswered [--limit N] | survey followups [--all]");
    if (sub == QStringLiteral("record")) {
        const auto number = args.positional();
        const auto scoreText = args.positional();
        const QString comment = args.option(QStringLiteral("--comment")).value_or(QString());
        auto at = optionalInstant(args.option(QStringLiteral("--at")), QStringLiteral("--at"));
        if (auto st = args.finish(); !st)
            return st;
        if (!number || !scoreText)
            return Error::badInput(usage);
        auto score = wholeNumber(scoreText, 0, Text::tr("SCORE"), 1, 5);
        if (!score)
            return score.error();
        if (!at)
            return at.error();
        auto store = ctx.store();
        if (!store)
            return store.error();
        auto r = SurveyService(**store, ctx.clock()).record(*number, *score, comment, *at, ctx.actor());
        if (!r)
            return r.error();
        print(ctx, QJsonObject{{"ticket_no", r->ticketNo},
                               {"score", r->score},
                               {"follow_up",
                                r->followUp ? QJsonValue(followUpJson(*r->followUp)) : QJsonValue(QJsonValue::Null)}});
        return success();
    }
    if (sub == QStringLiteral("import")) {
        const auto file = args.positional();
        const bool dryRun = args.flag(QStringLiteral("--dry-run"));
        if (auto st = args.finish(); !st)
            return st;
        if (!file)
            return Error::badInput(usage);
        auto store = ctx.store();
        if (!store)
            return store.error();
        const auto report = SurveyService(**store, ctx.clock()).importFile(*file, dryRun, ctx.actor());
        if (!report.problems.isEmpty()) {
            for (const Error& e : report.problems)
                ctx.err() << e.text() << Qt::endl;
            return Error{Error::Kind::BadInput, QString(), QString()}; // already reported line by line
        }
        print(ctx, QJsonObject{{"rows", report.rows}, {"follow_ups", report.followUps}, {"dry_run", dryRun}});
        return success();
    }
    if (sub == QStringLiteral("unanswered")) {
        auto limit = wholeNumber(args.option(QStringLiteral("--limit")), 100, QStringLiteral("--limit"), 1, 100000);
        if (auto st = args.finish(); !st)
            return st;
        if (!limit)
            return limit.error();
        auto store = ctx.store();
        if (!store)
            return store.error();
        SurveyService service(**store, ctx.clock());
        auto list = service.unanswered(*limit);
        if (!list)
            return list.error();
        auto count = service.unansweredCount();
        if (!count)
            return count.error();
        QJsonArray out;
        for (const SurveyRecord& r : *list)
            out << QJsonObject{
                {"ticket_no", r.ticketNo}, {"customer_code", r.customerCode},      {"customer_name", r.customerName},
                {"stage", r.stage},        {"resolved_at", instant(r.resolvedAt)}, {"sent_at", instant(r.sentAt)},
                {"channel", r.channel}};
        print(ctx, QJsonObject{{"count", *count}, {"surveys", out}});
        return success();
    }
    if (sub == QStringLiteral("followups")) {
        const bool all = args.flag(QStringLiteral("--all"));
        if (auto st = args.finish(); !st)
            return st;
        auto store = ctx.store();
        if (!store)
            return store.error();
        auto list = SurveyService(**store, ctx.clock()).followUps(!all);
        if (!list)
            return list.error();
        const qint64 now = ctx.clock().now();
        QJsonArray out;
        for (const SurveyFollowUp& f : *list) {
            QJsonObject o = followUpJson(f);
            o.insert(QStringLiteral("progress_overdue"), f.progressOverdue(now));
            o.insert(QStringLiteral("close_overdue"), f.closeOverdue(now));
            out << o;
        }
        print(ctx, out);
        return success();
    }
    return Error::badInput(usage);
}

Status QualityCommands::recurring(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    auto now = optionalInstant(args.option(QStringLiteral("--now")), QStringLiteral("--now"));
    const bool propose = args.flag(QStringLiteral("--propose"));
    if (auto st = args.finish(); !st)
        return st;
    if (sub != QStringLiteral("detect"))
        return Error::badInput(Text::tr("usage: recurring detect [--now ISO] [--propose]"));
    if (!now)
        return now.error();
    auto store = ctx.store();
    if (!store)
        return store.error();
    RecurrenceService service(**store, ctx.clock());
    const qint64 at = now->value_or(ctx.clock().now());
    QJsonObject out{{"now", Instant::format(at)}};
    if (propose) {
        auto p = service.propose(*now, ctx.actor());
        if (!p)
            return p.error();
        QJsonArray created;
        for (const ImprovementAction& a : p->created)
            created << actionJson(a, at);
        out.insert(QStringLiteral("created"), created);
        out.insert(QStringLiteral("updated"), QJsonArray::fromStringList(p->updated));
    }
    auto found = service.detect(*now);
    if (!found)
        return found.error();
    QJsonArray clusters;
    for (const auto& f : *found)
        clusters << clusterJson(f);
    const RecurrenceRules& r = service.rules();
    QJsonObject rules;
    for (const RecurrenceRule& rule : r.all())
        rules.insert(clusterKindKey(rule.kind),
                     QJsonObject{{"threshold", rule.threshold}, {"window_days", double(rule.windowSeconds) / 86400}});
    out.insert(QStringLiteral("rules"), rules);
    out.insert(QStringLiteral("clusters"), clusters);
    print(ctx, out);
    return success();
}

Status QualityCommands::improvement(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const QString usage = Text::tr("usage: improvement list [--all] | improvement show NO | improvement step NO "
                             "start|verify|reopen|close [--note TEXT]");
    auto store = [&ctx]() { return ctx.store(); };
    if (sub == QStringLiteral("list")) {
        const bool all = args.flag(QStringLiteral("--all"));
        if (auto st = args.finish(); !st)
            return st;
        auto s = store();
        if (!s)
            return s.error();
        auto list = ImprovementService(**s, ctx.clock()).list(all);
        if (!list)
            return list.error();
        QJsonArray out;
        for (const ImprovementAction& a : *list)
            out << actionJson(a, ctx.clock().now());
        print(ctx, out);
        return success();
    }
    if (sub == QStringLiteral("show")) {
        const auto number = args.positional();
        if (auto st = args.finish(); !st)
            return st;
        if (!number)
            return Error::badInput(usage);
        auto s = store();
        if (!s)
            return s.error();
        ImprovementService service(**s, ctx.clock());
        auto a = service.find(*number);
        if (!a)
            return notFoundAsBadInput(a.error());
        QJsonObject o = actionJson(*a, ctx.clock().now());
        QJsonArray history;
        if (auto h = service.history(*a))
            for (const auto& e : *h)
                history << QJsonObject{{"at", Instant::format(e.at)}, {"actor", e.actor}, {"what", e.what},
                                       {"from", e.fromStatus},        {"to", e.toStatus}, {"note", e.note}};
        o.insert(QStringLiteral("history"), history);
        print(ctx, o);
        return success();
    }
    if (sub == QStringLiteral("step")) {
        const auto number = args.positional();
        const auto stepText = args.positional();
        const QString note = args.option(QStringLiteral("--note")).value_or(QString());
        if (auto st = args.finish(); !st)
            return st;
        if (!number || !stepText)
            return Error::badInput(usage);
        const auto step = parseImprovementStep(*stepText);
        if (!step)
            return Error::badInput(Text::tr("'%1' is not a step: start, verify, reopen or close").arg(*stepText));
        auto s = store();
        if (!s)
            return s.error();
        auto a = ImprovementService(**s, ctx.clock()).step(*number, *step, note, ctx.actor());
        if (!a)
            return a.error();
        ctx.out() << Text::tr("%1 is now %2").arg(a->number, improvementStatusKey(a->status)) << Qt::endl;
        return success();
    }
    return Error::badInput(usage);
}

Status QualityCommands::batch(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    const auto key = args.positional();
    if (auto st = args.finish(); !st)
        return st;
    if (!key || (sub != QStringLiteral("trace") && sub != QStringLiteral("ticket")))
        return Error::badInput(Text::tr("usage: batch trace BATCH_NO | batch ticket TICKET_NO"));
    auto store = ctx.store();
    if (!store)
        return store.error();
    BatchTraceService service(**store, ctx.clock());
    if (sub == QStringLiteral("trace")) {
        auto t = service.trace(*key);
        if (!t)
            return notFoundAsBadInput(t.error());
        print(ctx, traceJson(*t));
        return success();
    }
    auto t = service.forTicket(*key);
    if (!t)
        return notFoundAsBadInput(t.error());
    QJsonArray others;
    for (const auto& k : t->others)
        others << QJsonObject{{"ticket_no", k.number},
                              {"customer_code", k.customerCode},
                              {"category", categoryKey(k.category)},
                              {"reported_at", Instant::format(k.reportedAt)}};
    print(ctx, QJsonObject{{"ticket_no", t->ticketNo},
                           {"batch_no", t->batch.batchNo},
                           {"other_complaints", others},
                           {"batch", t->batch.batchNo.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(traceJson(t->batch))}});
    return success();
}

Status QualityCommands::assay(CliContext& ctx, CliArgs& args)
{
    const auto sub = args.positional();
    BatchTraceService::AssayInput in;
    in.ticketNo = args.option(QStringLiteral("--ticket")).value_or(QString());
    in.batchNo = args.option(QStringLiteral("--batch")).value_or(QString());
    in.grade = args.option(QStringLiteral("--grade")).value_or(QString());
    in.lab = args.option(QStringLiteral("--lab")).value_or(QString());
    const QString usage =
        Text::tr("usage: assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...");
    while (const auto pair = args.positional()) {
        const QString element = pair->section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const double v = pair->section(QLatin1Char('='), 1).toDouble(&ok);
        if (!pair->contains(QLatin1Char('=')) || !ok)
            return Error::badInput(Text::tr("'%1' is not ELEMENT=PERCENT (Bi=0.0052)").arg(*pair));
        in.values.insert(element, v);
    }
    if (auto st = args.finish(); !st)
        return st;
    if (sub != QStringLiteral("check") && sub != QStringLiteral("record"))
        return Error::badInput(usage);
    auto store = ctx.store();
    if (!store)
        return store.error();
    BatchTraceService service(**store, ctx.clock());
    auto r = sub == QStringLiteral("record") ? service.recordAssay(in, ctx.actor()) : service.checkAssay(in);
    if (!r)
        return r.error();
    QJsonArray elements;
    for (const AssayCheck::Element& e : r->verdict.elements)
        elements << QJsonObject{{"element", e.element},
                                {"measured", e.measured},
                                {"limit", e.limit ? QJsonValue(*e.limit) : QJsonValue(QJsonValue::Null)},
                                {"pass", e.pass}};
    print(ctx, QJsonObject{{"batch_no", r->assay.batchNo},
                           {"grade", r->assay.grade},
                           {"pass", r->verdict.pass},
                           {"failed", QJsonArray::fromStringList(r->verdict.failed)},
                           {"pb", r->verdict.pb},
                           {"pb_measured", r->verdict.pbMeasured},
                           {"impurities", r->verdict.impurities},
                           {"elements", elements},
                           {"limits_source", r->limits.source},
                           {"recorded", sub == QStringLiteral("record")}});
    return success();
}

Status QualityCommands::keywords(CliContext& ctx, CliArgs& args)
{
    const auto month = args.option(QStringLiteral("--month"));
    auto limit = wholeNumber(args.option(QStringLiteral("--limit")), 10, QStringLiteral("--limit"), 1, 1000);
    if (auto st = args.finish(); !st)
        return st;
    if (!month)
        return Error::badInput(Text::tr("usage: keywords --month YYYY-MM [--limit N]"));
    if (!limit)
        return limit.error();
    auto store = ctx.store();
    if (!store)
        return store.error();
    auto found = KeywordService(**store).month(*month, *limit);
    if (!found)
        return found.error();
    QJsonArray out;
    for (const auto& e : found->top)
        out << QJsonObject{{"word", e.word}, {"count", e.count}, {"share_pct", std::round(e.share * 1000.0) / 10.0}};
    print(ctx, QJsonObject{{"month", *month}, {"complaints", found->complaints}, {"keywords", out}});
    return success();
}

} // namespace ingot
