#include "gui/security/LoginDialog.h"

#include "app/security/UserService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ingot {

LoginDialog::LoginDialog(UserService& users, const QString& languageName, QWidget* parent)
    : QDialog(parent), m_users(users), m_login(new QLineEdit), m_password(new QLineEdit), m_message(new QLabel)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to IngotDesk"));
    auto* title = new QLabel(tr("<h3>IngotDesk</h3><p>Lead ingot service desk. Sign in with your login.</p>"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setPlaceholderText(tr("e.g. wang.fang"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* language = new QLabel(languageName);
    language->setObjectName(QStringLiteral("languageLabel"));
    language->setToolTip(tr("Change it under Settings ▸ Language, or start the desk with --lang"));
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Language:"), language);

    auto* buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::login() const
{
    return m_login->text();
}

QString LoginDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LoginDialog::signIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your login."));
        m_message->show();
        m_login->setFocus();
        return;
    }
    // Checking a password takes a noticeable fraction of a second on purpose (Argon2id).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto user = m_users.signIn(m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (user) {
        accept();
        return;
    }
    m_message->setText(user.error().message);
    m_message->show();
    m_password->clear();
    m_password->setFocus();
}

}  // namespace ingot
