#pragma once

#include "gui/settings/DatabaseSetting.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ingot {

// Settings → Connection: the database this desk opens on its next start — a SQLite file, or a
// PostgreSQL address shared by many desks — and the password file for PostgreSQL.
class DatabaseSettingWidget final : public QWidget {
    Q_OBJECT
public:
    // `current`: the database this desk runs on now.
    explicit DatabaseSettingWidget(const QString& current, QWidget* parent = nullptr);

    DatabaseSetting::Choice choice() const;
    // Saves the choice when it is usable; otherwise shows what is wrong and gives false.
    bool save();

private:
    void browsePasswordFile();
    void updateHint();

    QLineEdit* m_address;
    QLineEdit* m_passwordFile;
    QLabel* m_hint;
    DatabaseSetting::Choice m_initial;
};

}  // namespace ingot
