// libFuzzer target: ISO 8601 instants as users type them (CSV cells, --now, --start, --at).
// Invariants: an accepted instant formats to text that parses back to the same instant, and lands
// on (about) the date that was typed.
#include "FuzzSupport.h"

#include "core/common/Instant.h"

#include <QDate>
#include <QDateTime>

using namespace ingot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto t = Instant::parse(text);
    if (!t) {
        fuzz::check(t.error().kind == Error::Kind::BadInput, "a parse error that is not bad input");
        return 0;
    }
    const QString formatted = Instant::format(*t);
    auto back = Instant::parse(formatted);
    fuzz::check(back.ok(), "a formatted instant does not parse", text + QStringLiteral(" -> ") + formatted);
    fuzz::check(*back == *t, "format and parse do not round-trip", text + QStringLiteral(" -> ") + formatted);
    (void)Instant::formatShort(*t);

    // The date typed is the date stored, give or take the offset (at most 14 hours each way).
    const QDate typed = QDate::fromString(text.trimmed().left(10), Qt::ISODate);
    const QDate stored = QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc()).date();
    fuzz::check(typed.isValid() && qAbs(typed.daysTo(stored)) <= 1, "the instant is not on the date typed",
                text + QStringLiteral(" -> ") + formatted);
    return 0;
}
