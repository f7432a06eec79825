#pragma once

#include <QWizard>

class QLabel;
class QLineEdit;

namespace ingot {

class UserService;

// Shown when the database has no users yet: creates the first administrator (login, name, the
// password twice, with a strength hint). Accepted once the administrator exists.
class FirstRunWizard final : public QWizard {
    Q_OBJECT
public:
    explicit FirstRunWizard(UserService& users, QWidget* parent = nullptr);

    QString login() const;
    QString message() const;
    bool validateCurrentPage() override;

private:
    void updateHint();

    UserService& m_users;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_hint;
    QLabel* m_message;
};

}  // namespace ingot
