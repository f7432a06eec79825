#include "gui/security/FirstRunWizard.h"

#include "app/security/UserService.h"
#include "core/security/PasswordPolicy.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizardPage>

namespace ingot {

FirstRunWizard::FirstRunWizard(UserService& users, QWidget* parent)
    : QWizard(parent), m_users(users), m_login(new QLineEdit), m_name(new QLineEdit), m_password(new QLineEdit),
      m_repeat(new QLineEdit), m_hint(new QLabel), m_message(new QLabel)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to IngotDesk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);

    auto* welcome = new QWizardPage;
    welcome->setTitle(tr("A new desk database"));
    auto* text = new QLabel(tr("<p>This database has no users yet.</p>"
                               "<p>First create the <b>administrator</b>: the person who adds the agents, "
                               "technicians, supervisors and managers, sets SLA policies and calendars, and "
                               "keeps the backups.</p>"
                               "<p>Everyone signs in with their own login from then on; every change is recorded "
                               "in the audit trail under their name.</p>"));
    text->setWordWrap(true);
    (new QVBoxLayout(welcome))->addWidget(text);
    addPage(welcome);

    auto* admin = new QWizardPage;
    admin->setTitle(tr("The administrator"));
    admin->setSubTitle(tr("At least %1 characters, and not the login.").arg(PasswordPolicy::kMinimumLength));
    m_login->setObjectName(QStringLiteral("adminLogin"));
    m_login->setText(QStringLiteral("admin"));
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setObjectName(QStringLiteral("adminRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(QStringLiteral("strengthHint"));
    m_message->setObjectName(QStringLiteral("wizardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* form = new QFormLayout(admin);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(tr("Strength:"), m_hint);
    form->addRow(m_message);
    addPage(admin);

    connect(m_password, &QLineEdit::textChanged, this, &FirstRunWizard::updateHint);
    setButtonText(QWizard::FinishButton, tr("&Create administrator"));
    updateHint();
    resize(560, 420);
}

QString FirstRunWizard::login() const
{
    return UserService::normalizeLogin(m_login->text());
}

QString FirstRunWizard::message() const
{
    return m_message->text();
}

void FirstRunWizard::updateHint()
{
    m_hint->setText(PasswordPolicy::strengthLabel(PasswordPolicy::strength(m_password->text())));
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() != pageIds().last())
        return true;
    if (m_password->text() != m_repeat->text()) {
        m_message->setText(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto admin = m_users.createFirstAdmin(m_login->text(), m_name->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!admin) {
        m_message->setText(admin.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

}  // namespace ingot
