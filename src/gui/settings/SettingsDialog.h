#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ingot {

class DatabaseSettingWidget;

// Preferences of this desk. Only the language for now; it applies on the next start.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const QString& dbPath, const QString& agent, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    QString chosenLanguage() const;  // "", "zh_CN" or "en"

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QString m_initial;
    DatabaseSettingWidget* m_database = nullptr;
};

}  // namespace ingot
