// Documentation screenshots of the service levels window (policy, calendars and holidays tabs) and of
// the dialog that adds a holiday date (with the message of a refused name), run by
// scripts/sla-screenshots.sh under xvfb-run:   sla_screenshots DB LANGUAGE OUT_DIR
#include "app/i18n/Translations.h"
#include "app/sla/CalendarService.h"
#include "core/common/Instant.h"
#include "gui/main/DeskSession.h"
#include "gui/sla/HolidayEntryDialog.h"
#include "gui/sla/SlaCalendarsTab.h"
#include "gui/sla/SlaSettingsWindow.h"
#include "storage/sqlite/SqliteStore.h"

#include <QApplication>
#include <QDateTime>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace ingot;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: sla_screenshots DB LANGUAGE OUT_DIR\n");
        return 2;
    }
    const QString language = QString::fromLocal8Bit(argv[2]);
    Translations::install(app, language);
    auto store = SqliteStore::open(QString::fromLocal8Bit(argv[1]));
    if (!store) {
        std::fprintf(stderr, "error: %s\n", qPrintable(store.error().text()));
        return 3;
    }
    DeskSession session(std::move(store).value(), QString::fromLocal8Bit(argv[1]), QStringLiteral("admin"));
    // A plant's own hours beside the built-ins: a lunch break and Saturday mornings.
    CalendarDefinition plant;
    plant.name = QStringLiteral("plant-2027");
    plant.observeHolidays = true;
    for (int d = 0; d < 5; ++d)
        plant.week[static_cast<std::size_t>(d)] = *parseDaySchedule(QStringLiteral("08:00-11:45,13:00-17:15"));
    plant.week[5] = *parseDaySchedule(QStringLiteral("08:30-12:00"));
    (void)CalendarService(session.store(), session.clock()).save(plant, true);
    SlaSettingsWindow window(session);
    window.calendarsTab()->select(plant.name);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(900, 640);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto* tabs = window.findChild<QTabWidget*>();
    const QString out = QString::fromLocal8Bit(argv[3]);
    int failures = 0;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QTest::qWait(300);
        static const char* const kNames[] = {"policy", "calendars", "holidays"};
        const QString path = QStringLiteral("%1/sla-settings-%2-%3.png")
                                 .arg(out, QLatin1String(kNames[std::min(tab, 2)]), language);
        const bool ok = window.grab().save(path);
        std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
        failures += ok ? 0 : 1;
    }

    // Add date…: a 调休 workday for the plant's calendar, refused for its missing name as the service
    // would refuse it.
    const QDate tomorrow = QDateTime::fromSecsSinceEpoch(session.clock().now(), Instant::localZone()).date().addDays(1);
    HolidayEntryDialog dialog({plant.name}, tomorrow, &window);
    HolidayRepository::Entry entry;
    entry.date = tomorrow.addDays(30).toString(Qt::ISODate);
    entry.workday = true;
    entry.calendar = plant.name;
    dialog.setEntry(entry);
    auto refused = CalendarService(session.store(), session.clock()).saveHoliday(dialog.entry());
    dialog.showProblem(refused ? QString() : refused.error().message);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    QTest::qWait(200);
    const QString path = QStringLiteral("%1/sla-holiday-entry-%2.png").arg(out, language);
    const bool ok = dialog.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return failures + (ok ? 0 : 1);
}
