// libFuzzer target: any bytes as a survey CSV (`ingotdesk-cli survey import`), dry run against the
// seeded database. Invariants: no crash, only bad-input problems naming FILE:LINE, nothing changed.
#include "FuzzSupport.h"

#include "app/quality/SurveyService.h"
#include "core/common/Clock.h"

#include <QRegularExpression>

using namespace ingot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::FuzzDatabase& db = fuzz::FuzzDatabase::instance();
    static const FixedClock clock(1773100800);  // 2026-03-10 08:00 +08:00, after every seeded ticket
    const QString path = db.writeInput(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    const QList<qint64> before = db.rowCounts();
    SurveyService service(db.store(), clock);
    const auto report = service.importFile(path, true, QStringLiteral("fuzz"));
    fuzz::check(!report.committed, "a survey dry run committed");
    fuzz::check(db.rowCounts() == before, "a survey dry run changed the database");
    static const QRegularExpression where(QStringLiteral("^%1:\\d+$").arg(QRegularExpression::escape(path)));
    for (const Error& e : report.problems) {
        fuzz::check(e.kind == Error::Kind::BadInput, "a survey problem that is not bad input", e.text());
        fuzz::check(where.match(e.where).hasMatch(), "a survey problem without FILE:LINE", e.text());
    }
    return 0;
}
