// Documentation screenshots of the quality loop (knowledge suggestions while typing, an
// improvement action, a batch trace, the knowledge base editor), run by scripts/quality-screenshots.sh under xvfb-run:
//   quality_screenshots DB LANGUAGE QM_FILE OUT_DIR
// DB is a seeded database (ingotdesk-cli seed); LANGUAGE is zh_CN or en.
#include "app/quality/BatchTraceService.h"
#include "app/quality/ImprovementService.h"
#include "app/quality/RecurrenceService.h"
#include "app/tickets/TicketService.h"
#include "gui/intake/NewTicketDialog.h"
#include "gui/quality/BatchTraceWindow.h"
#include "gui/quality/ImprovementActionsWindow.h"
#include "gui/quality/KnowledgeEditorWindow.h"
#include "gui/quality/KnowledgeSuggestions.h"
#include "storage/sqlite/SqliteStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMap>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <cstdio>

using namespace ingot;

namespace {
bool grab(QWidget& w, const QString& path)
{
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    QTest::qWait(400);
    const bool ok = w.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The batch with the most tickets in the database: the interesting one to trace.
QString busiestBatch(Store& store, qint64 now)
{
    auto facts = store.quality().facts().ticketFacts(0, now);
    QMap<QString, int> counts;
    if (facts)
        for (const TicketFact& f : *facts)
            if (!f.batchNo.isEmpty())
                ++counts[f.batchNo];
    QString best;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    return best;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IngotDesk"));
    QApplication::setApplicationName(QStringLiteral("IngotDesk"));
    if (argc != 5) {
        std::fprintf(stderr, "usage: quality_screenshots DB LANGUAGE QM_FILE OUT_DIR\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    const QString qm = QString::fromLocal8Bit(argv[3]);
    const QString out = QString::fromLocal8Bit(argv[4]);
    const bool zh = language.startsWith(QLatin1String("zh"));
    const QString suffix = zh ? QStringLiteral("zh") : QStringLiteral("en");

    QLocale::setDefault(QLocale(language));
    QTranslator qt, own;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (!own.load(qm)) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(qm));
        return 1;
    }
    QApplication::installTranslator(&own);

    auto opened = SqliteStore::open(db);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    SqliteStore& store = **opened;
    SystemClock clock;
    TicketService tickets(store, clock);
    bool ok = true;

    { // Knowledge suggestions while a ticket is typed.
        NewTicketDialog dialog(store, tickets, QStringLiteral("zhangli"));
        dialog.discardDraft();
        auto* customer = dialog.findChild<QLineEdit*>(QStringLiteral("customerEdit"));
        customer->setText(QStringLiteral("华"));
        QTest::keyClick(customer, Qt::Key_Return);
        auto* category = dialog.findChild<QComboBox*>(QStringLiteral("categoryCombo"));
        category->setCurrentIndex(category->findData(categoryKey(Category::Oxidation)));
        dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))
            ->setText(zh ? QStringLiteral("到货后表面有黄白色氧化膜")
                         : QStringLiteral("Yellow-white film on the ingots after delivery"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))
            ->setPlainText(zh ? QStringLiteral("客户担心质量问题,要求退货。")
                              : QStringLiteral("The customer worries about quality and wants to return the lead."));
        auto* panel = dialog.findChild<KnowledgeSuggestions*>(QStringLiteral("knowledgeSuggestions"));
        panel->setLanguage(suffix);
        panel->refreshNow();
        dialog.resize(1100, 640);
        ok = grab(dialog, QStringLiteral("%1/kb-suggestions-%2.png").arg(out, suffix)) && ok;
        dialog.discardDraft();
    }

    { // An improvement action proposed from a recurring problem and being worked on.
        RecurrenceService recurrence(store, clock);
        auto proposal = recurrence.propose(std::nullopt, QStringLiteral("manager"));
        ImprovementService improvements(store, clock);
        auto list = improvements.list(false);
        if (list && !list->isEmpty()) {
            ImprovementAction a = list->first();
            for (const ImprovementAction& candidate : *list)
                if (candidate.category == Category::Packaging && a.category != Category::Packaging)
                    a = candidate;
            if (a.status == ImprovementStatus::Open) {
                a.owner = QStringLiteral("wangqiang");
                a.rootCause =
                    zh ? QStringLiteral("打包带强度不足,长途运输颠簸时断裂;捆标签为纸质,淋雨脱落。")
                       : QStringLiteral("Straps too weak for long hauls break on rough roads; paper bundle labels "
                                        "come off in the rain.");
                a.correctiveAction =
                    zh ? QStringLiteral("改用 32 mm 钢带,每捆两道;标签改为防水材质;与物流约定装车加固方式。")
                       : QStringLiteral("Switch to 32 mm steel straps, two per bundle; waterproof labels; "
                                        "agree loading and bracing with the carrier.");
                a.verification =
                    zh ? QStringLiteral("整改后连续三个月跟踪该客户到货,无包装投诉。")
                       : QStringLiteral("Track the customer's deliveries for three months after the change: "
                                        "no packaging complaint.");
                if (auto saved = improvements.save(a, QStringLiteral("manager")))
                    (void)improvements.step(saved->number, ImprovementStep::Start, QString(),
                                            QStringLiteral("wangqiang"));
            }
            ImprovementActionsWindow window(store, clock, QStringLiteral("manager"));
            window.resize(1400, 800);
            window.select(a.number);
            ok = grab(window, QStringLiteral("%1/improvement-action-%2.png").arg(out, suffix)) && ok;
        } else {
            std::fprintf(stderr, "no improvement action to show\n");
            ok = false;
        }
    }

    { // Batch trace of the batch with most complaints.
        const QString batch = busiestBatch(store, clock.now());
        BatchTraceService trace(store, clock);
        auto t = trace.trace(batch);
        if (t && !t->tickets.isEmpty()) {
            BatchTraceService::AssayInput in;
            in.ticketNo = t->tickets.first().number;
            in.lab = zh ? QStringLiteral("客户化验室") : QStringLiteral("customer's lab");
            in.values = {{QStringLiteral("Bi"), 0.0165},
                         {QStringLiteral("Ag"), 0.0006},
                         {QStringLiteral("Cu"), 0.0004},
                         {QStringLiteral("Sb"), 0.0003}};
            if (t->assays.isEmpty())
                (void)trace.recordAssay(in, QStringLiteral("tech"));
        }
        BatchTraceWindow window(store, clock);
        window.resize(1300, 800);
        window.trace(batch);
        ok = grab(window, QStringLiteral("%1/batch-trace-%2.png").arg(out, suffix)) && ok;
    }
    { // The knowledge base editor on the oxidation article, as a supervisor.
        store.setActor(Actor{QStringLiteral("wangqiang"), Role::Supervisor, false});
        KnowledgeEditorWindow window(store, clock, QStringLiteral("wangqiang"));
        window.resize(1400, 860);
        window.select(QStringLiteral("KB-OXI-01"), suffix);
        ok = grab(window, QStringLiteral("%1/kb-editor-%2.png").arg(out, suffix)) && ok;
    }
    return ok ? 0 : 1;
}
