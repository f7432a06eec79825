// The sign-in dialog, the first-run wizard and the audit viewer, offscreen on real databases.
#include "app/security/UserService.h"
#include "gui/main/DeskSession.h"
#include "gui/security/AuditTableModel.h"
#include "gui/security/AuditViewerWindow.h"
#include "gui/security/FirstRunWizard.h"
#include "gui/security/LoginDialog.h"
#include "GuiTestDatabase.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace ingot;

namespace {
const QString kPassword = QStringLiteral("Lead-ingot 2026");

class SecurityWidgetsTest : public ::testing::Test {
protected:
    UserService users() { return UserService(db.store(), clock, PasswordHasher(PasswordHasher::fastForTests())); }
    test::GuiTestDatabase db;
    FixedClock clock{1'790'000'000};
};

TEST_F(SecurityWidgetsTest, FirstRunWizardCreatesTheAdministrator)
{
    UserService service = users();
    FirstRunWizard wizard(service);
    wizard.show();
    wizard.next();
    auto* password = wizard.findChild<QLineEdit*>(QStringLiteral("adminPassword"));
    auto* repeat = wizard.findChild<QLineEdit*>(QStringLiteral("adminRepeat"));
    auto* hint = wizard.findChild<QLabel*>(QStringLiteral("strengthHint"));
    ASSERT_TRUE(password && repeat && hint);
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("adminName")), QStringLiteral("Zhang"));
    QTest::keyClicks(password, QStringLiteral("short"));
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("too short")));
    password->clear();
    QTest::keyClicks(password, kPassword);
    QTest::keyClicks(repeat, QStringLiteral("something else"));
    EXPECT_FALSE(wizard.validateCurrentPage());
    EXPECT_EQ(wizard.message(), QStringLiteral("The two passwords differ."));
    QTest::keyClicks(repeat, kPassword);
    ASSERT_TRUE(wizard.validateCurrentPage()) << qPrintable(wizard.message());
    auto admin = db.store().users().findByLogin(QStringLiteral("admin"));
    ASSERT_TRUE(admin.ok());
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_EQ(wizard.login(), QStringLiteral("admin"));
}

TEST_F(SecurityWidgetsTest, LoginDialogSaysWhatWentWrongAndSignsIn)
{
    ASSERT_TRUE(users().createFirstAdmin(QStringLiteral("admin"), QString(), kPassword).ok());
    UserService service = users();
    LoginDialog dialog(service, QStringLiteral("English"));
    dialog.setLogin(QStringLiteral("admin"));
    dialog.show();
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    ASSERT_TRUE(password);
    QTest::keyClicks(password, QStringLiteral("wrong one"));
    dialog.signIn();
    EXPECT_EQ(dialog.message(), QStringLiteral("wrong login or password"));
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    for (int i = 0; i < 4; ++i) {
        QTest::keyClicks(password, QStringLiteral("wrong one"));
        dialog.signIn();
    }
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("locked until"))) << qPrintable(dialog.message());

    clock.advance(16 * 60);
    UserService later = users();
    LoginDialog again(later, QStringLiteral("English"));
    again.setLogin(QStringLiteral("admin"));
    QTest::keyClicks(again.findChild<QLineEdit*>(QStringLiteral("passwordEdit")), kPassword);
    again.signIn();
    EXPECT_EQ(again.result(), QDialog::Accepted) << qPrintable(again.message());
    EXPECT_EQ(db.store().actor().login, QStringLiteral("admin"));
}

TEST_F(SecurityWidgetsTest, AuditViewerPagesAndVerifiesTheChain)
{
    ASSERT_TRUE(users().createFirstAdmin(QStringLiteral("admin"), QString(), kPassword).ok());
    db.addCustomers(2);
    for (int i = 0; i < 260; ++i)  // more than one page of the model
        db.createTicket(QStringLiteral("C001"), QStringLiteral("气孔 %1").arg(i));
    auto store = SqliteStore::open(db.path());
    ASSERT_TRUE(store.ok());
    (*store)->setActor({QStringLiteral("admin"), Role::Admin, false});
    DeskSession session(std::move(store).value(), db.path(), QStringLiteral("admin"));
    auto* viewer = new AuditViewerWindow(session);
    AuditTableModel* model = viewer->model();
    EXPECT_GE(model->total(), 261);
    EXPECT_EQ(model->rowCount(), AuditTableModel::kPageSize);  // one page, newest first
    EXPECT_EQ(model->entry(0).seq, model->total());
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_GT(model->rowCount(), AuditTableModel::kPageSize);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    viewer->show();

    QSignalSpy verified(viewer, &AuditViewerWindow::verified);
    QTest::mouseClick(viewer->findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    ASSERT_TRUE(verified.wait(20000));
    EXPECT_TRUE(verified.first().first().toBool()) << qPrintable(viewer->verifyResult());
    EXPECT_TRUE(viewer->verifyResult().contains(QStringLiteral("intact")));

    // An agent's session is refused the trail by the service, whatever the window shows.
    session.store().setActor({QStringLiteral("li"), Role::Agent, false});
    QSignalSpy failed(model, &AuditTableModel::loadFailed);
    viewer->applyFilter();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_GE(failed.count(), 1);
    viewer->close();
}

}  // namespace
