#include "gui/main/SlaNoticeMessage.h"

#include "core/common/Instant.h"
#include "core/sla/SlaTypes.h"

#include <QCoreApplication>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlaNoticeMessage)
};

} // namespace

bool SlaNoticeMessage::anyBreached(const QList<SlaNotice>& notices)
{
    return std::any_of(notices.begin(), notices.end(), [](const SlaNotice& n) { return n.breached; });
}

QString SlaNoticeMessage::title(const QList<SlaNotice>& notices)
{
    return anyBreached(notices) ? Text::tr("Your tickets: SLA breached") : Text::tr("Your tickets: SLA at risk");
}

QString SlaNoticeMessage::line(const SlaNotice& n)
{
    // Month, day and time: due instants are near, the year adds nothing.
    const QString due = Instant::formatShort(n.dueAt).mid(5);
    return n.breached ? Text::tr("%1 %2: breached, was due %3").arg(n.number, slaMetricLabel(n.metric), due)
                      : Text::tr("%1 %2: at risk, due %3").arg(n.number, slaMetricLabel(n.metric), due);
}

QString SlaNoticeMessage::body(const QList<SlaNotice>& notices)
{
    QStringList lines;
    for (const SlaNotice& n : notices.mid(0, kMaxLines))
        lines << line(n);
    if (notices.size() > kMaxLines)
        lines << Text::tr("… and %n more", nullptr, static_cast<int>(notices.size() - kMaxLines));
    return lines.join(QLatin1Char('\n'));
}

} // namespace ingot
