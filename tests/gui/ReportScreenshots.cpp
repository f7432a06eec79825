// Documentation screenshots of the monthly KPI report dialog, run by scripts/report-screenshots.sh
// under xvfb-run:
//   report_screenshots DB LANGUAGE MONTH NOW OUT_PNG
// DB is a seeded database; LANGUAGE zh_CN or en; NOW the instant the dialog believes it is.
#include "app/i18n/Translations.h"
#include "core/common/Clock.h"
#include "core/common/Instant.h"
#include "gui/report/KpiReportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <cstdio>

using namespace ingot;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IngotDesk"));
    QApplication::setApplicationName(QStringLiteral("IngotDesk"));
    if (argc != 6) {
        std::fprintf(stderr, "usage: report_screenshots DB LANGUAGE MONTH NOW OUT_PNG\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    const QString month = QString::fromLocal8Bit(argv[3]);
    const auto now = Instant::parse(QString::fromLocal8Bit(argv[4]));
    const QString out = QString::fromLocal8Bit(argv[5]);
    if (!now) {
        std::fprintf(stderr, "NOW: %s\n", qPrintable(now.error().message));
        return 2;
    }
    Translations::install(app, language);

    FixedClock clock(*now);
    KpiReportDialog dialog(db, clock);
    dialog.findChild<QDateEdit*>(QStringLiteral("monthEdit"))
        ->setDate(QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
    dialog.findChild<QLineEdit*>(QStringLiteral("fileEdit"))
        ->setText(QStringLiteral("/home/manager/reports/kpi-%1.pdf").arg(month));
    dialog.resize(1280, 960);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    dialog.preview();
    if (!QTest::qWaitFor([&dialog] { return !dialog.isBusy(); }, 120000) || dialog.pageCount() == 0) {
        std::fprintf(stderr, "the preview did not finish\n");
        return 1;
    }
    dialog.showPage(1); // the KPI table against targets
    QTest::qWait(300);
    const bool ok = dialog.grab().save(out);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(out));
    return ok ? 0 : 1;
}
