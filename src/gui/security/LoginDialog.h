#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ingot {

class UserService;

// The sign-in at the desk's start: login and password, the language the desk speaks, and a plain
// message when the password is wrong, the login is locked (until when) or disabled. Accepted once
// UserService::signIn succeeded: the store's actor is then the signed-in user.
class LoginDialog final : public QDialog {
    Q_OBJECT
public:
    LoginDialog(UserService& users, const QString& languageName, QWidget* parent = nullptr);

    void setLogin(const QString& login);
    QString login() const;
    QString message() const;

public slots:
    void signIn();

private:
    UserService& m_users;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_signIn;
};

}  // namespace ingot
