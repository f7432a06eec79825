#pragma once

#include <QDialog>
#include <memory>

class QCheckBox;

namespace Ui {
class SettingsDialog;
}

namespace ingot {

class DatabaseSettingWidget;

// Preferences of this desk: the language, which applies on the next start, and for supervisors and
// admins whether the tray tells them about every ticket's SLA or only their own.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    // `everyTicketAllowed`: the signed-in role may hear about every ticket (else the option is shown
    // disabled, with the reason).
    SettingsDialog(const QString& dbPath, const QString& agent, QWidget* parent = nullptr,
                   bool everyTicketAllowed = false);
    ~SettingsDialog() override;

    QString chosenLanguage() const;  // "", "zh_CN" or "en"
    bool noticesForEveryTicket() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_initial;
    QCheckBox* m_everyTicket = nullptr;
    DatabaseSettingWidget* m_database = nullptr;
};

}  // namespace ingot
