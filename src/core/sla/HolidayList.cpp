#include "core/sla/HolidayList.h"

#include "core/common/Instant.h"
#include "core/sla/ServiceCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <algorithm>

namespace ingot {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HolidayList)
};

QString unquoted(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field = field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}
} // namespace

Result<HolidayList> HolidayList::parseCsv(const QString& text)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    const QStringList lines = body.split(QLatin1Char('\n'));
    QList<CalendarException> entries;
    QHash<QDate, int> lineOfDate;
    bool headerSeen = false;
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines[n].trimmed();
        const QString where = Text::tr("line %1").arg(n + 1);
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (!headerSeen) {
            if (fields.size() < 2 || unquoted(fields[0]).compare(QLatin1String("date"), Qt::CaseInsensitive) != 0 ||
                unquoted(fields[1]).compare(QLatin1String("kind"), Qt::CaseInsensitive) != 0)
                return Error::badInput(Text::tr("the first line must be the header date,kind,name"), where);
            headerSeen = true;
            continue;
        }
        if (fields.size() < 2 || fields.size() > 3)
            return Error::badInput(Text::tr("expected date,kind,name"), where);
        const auto parsedDate = Instant::parseDate(unquoted(fields[0]));
        if (!parsedDate)
            return Error::badInput(parsedDate.error().message, where);
        const QDate date = *parsedDate;
        const auto kind = parseDayKind(unquoted(fields[1]));
        if (!kind)
            return Error::badInput(Text::tr("kind '%1' is neither holiday nor workday").arg(unquoted(fields[1])), where);
        if (lineOfDate.contains(date))
            return Error::badInput(
                Text::tr("%1 is already listed on line %2").arg(date.toString(Qt::ISODate)).arg(lineOfDate.value(date)),
                where);
        lineOfDate.insert(date, n + 1);
        entries << CalendarException{date, *kind, fields.size() == 3 ? unquoted(fields[2]) : QString()};
    }
    if (!headerSeen)
        return Error::badInput(Text::tr("the holiday file is empty; expected the header date,kind,name"));
    std::stable_sort(entries.begin(), entries.end(),
                     [](const CalendarException& a, const CalendarException& b) { return a.date < b.date; });
    return HolidayList(entries);
}

const HolidayList& HolidayList::shipped()
{
    // The shipped text is checked by the tests, so a failure here is a build defect, not user input.
    static const HolidayList list = [] {
        auto parsed = parseCsv(shippedCsv());
        Q_ASSERT_X(parsed.ok(), "HolidayList::shipped", "resources/data/holidays-cn.csv does not parse");
        return parsed.ok() ? *parsed : HolidayList();
    }();
    return list;
}

QString HolidayList::toCsv() const
{
    QString out = QStringLiteral("date,kind,name\n");
    for (const CalendarException& e : m_entries)
        out += e.date.toString(Qt::ISODate) + QLatin1Char(',') + dayKindKey(e.kind) + QLatin1Char(',') + e.name +
               QLatin1Char('\n');
    return out;
}

Status HolidayList::applyTo(ServiceCalendar& calendar) const
{
    QList<CalendarException> merged;
    for (const CalendarException& e : calendar.exceptions()) {
        const bool replaced = std::any_of(m_entries.begin(), m_entries.end(),
                                          [&](const CalendarException& mine) { return mine.date == e.date; });
        if (!replaced)
            merged << e;
    }
    merged << m_entries;
    return calendar.setExceptions(merged);
}

} // namespace ingot
