// Documentation screenshots of the sign-in dialog, the first-run wizard and the audit trail viewer,
// run by scripts/security-screenshots.sh under xvfb-run:
//   security_screenshots DB LANGUAGE QM_FILE OUT_DIR
// DB is a seeded database with demo users (ingotdesk-cli seed; ingotdesk-cli user demo).
#include "app/security/UserService.h"
#include "gui/main/DeskSession.h"
#include "gui/security/AuditViewerWindow.h"
#include "gui/security/FirstRunWizard.h"
#include "gui/security/LoginDialog.h"
#include "storage/sqlite/SqliteStore.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
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
}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: security_screenshots DB LANGUAGE QM_FILE OUT_DIR\n");
        return 2;
    }
    const QString db = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    const QString out = QString::fromLocal8Bit(argv[4]);
    const QString suffix = language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
    QTranslator qt, own;
    if (qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (!own.load(QString::fromLocal8Bit(argv[3]))) {
        std::fprintf(stderr, "cannot load %s\n", argv[3]);
        return 1;
    }
    QApplication::installTranslator(&own);
    const QString languageName = suffix == QLatin1String("zh") ? QStringLiteral("中文（简体）") : QStringLiteral("English");
    bool ok = true;

    auto opened = SqliteStore::open(db);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().text()));
        return 1;
    }
    SystemClock clock;
    {
        // A wrong password first, so the picture shows the message.
        UserService users(**opened, clock);
        LoginDialog login(users, languageName);
        login.setLogin(QStringLiteral("wang.agent"));
        login.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("not-my-password"));
        login.signIn();
        ok &= grab(login, out + QStringLiteral("/login-") + suffix + QStringLiteral(".png"));
    }
    {
        QTemporaryDir empty;
        auto fresh = SqliteStore::open(empty.filePath(QStringLiteral("new.db")));
        if (!fresh)
            return 1;
        UserService users(**fresh, clock);
        FirstRunWizard wizard(users);
        wizard.show();
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("adminName"))->setText(QStringLiteral("张伟"));
        wizard.findChild<QLineEdit*>(QStringLiteral("adminPassword"))->setText(QStringLiteral("Lead-ingot 2026"));
        wizard.findChild<QLineEdit*>(QStringLiteral("adminRepeat"))->setText(QStringLiteral("Lead-ingot 2026"));
        ok &= grab(wizard, out + QStringLiteral("/first-run-") + suffix + QStringLiteral(".png"));
    }
    (*opened)->setActor({QStringLiteral("admin"), Role::Admin, false});
    DeskSession session(std::move(opened).value(), db, QStringLiteral("admin"));
    auto* viewer = new AuditViewerWindow(session);
    viewer->resize(1400, 720);
    viewer->show();
    (void)QTest::qWaitForWindowExposed(viewer);
    QSignalSpy verified(viewer, &AuditViewerWindow::verified);
    viewer->verifyChain();
    verified.wait(60000);
    ok &= grab(*viewer, out + QStringLiteral("/audit-viewer-") + suffix + QStringLiteral(".png"));
    delete viewer;
    return ok ? 0 : 1;
}
