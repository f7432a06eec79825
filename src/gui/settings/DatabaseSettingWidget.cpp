#include "gui/settings/DatabaseSettingWidget.h"

#include "app/storage/StoreOpener.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ingot {

DatabaseSettingWidget::DatabaseSettingWidget(const QString& current, QWidget* parent)
    : QWidget(parent), m_address(new QLineEdit), m_passwordFile(new QLineEdit), m_hint(new QLabel),
      m_initial(DatabaseSetting::saved())
{
    setObjectName(QStringLiteral("databaseSetting"));
    m_address->setObjectName(QStringLiteral("databaseAddressEdit"));
    m_address->setPlaceholderText(tr("This desk's own file, or postgresql://user@host:5432/dbname"));
    m_address->setText(m_initial.address);
    m_address->setToolTip(tr("Now: %1").arg(StoreOpener::displayName(current)));
    m_passwordFile->setObjectName(QStringLiteral("databasePasswordFileEdit"));
    m_passwordFile->setPlaceholderText(tr("PostgreSQL password file (else ~/.pgpass or $PGPASSWORD)"));
    m_passwordFile->setText(m_initial.passwordFile);
    auto* browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("databasePasswordFileBrowse"));
    m_hint->setObjectName(QStringLiteral("databaseHint"));
    m_hint->setWordWrap(true);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_address, 0, 0, 1, 2);
    grid->addWidget(m_passwordFile, 1, 0);
    grid->addWidget(browse, 1, 1);
    grid->addWidget(m_hint, 2, 0, 1, 2);

    connect(browse, &QPushButton::clicked, this, &DatabaseSettingWidget::browsePasswordFile);
    connect(m_address, &QLineEdit::textChanged, this, &DatabaseSettingWidget::updateHint);
    connect(m_passwordFile, &QLineEdit::textChanged, this, &DatabaseSettingWidget::updateHint);
    updateHint();
}

DatabaseSetting::Choice DatabaseSettingWidget::choice() const
{
    return {m_address->text().trimmed(), m_passwordFile->text().trimmed()};
}

bool DatabaseSettingWidget::save()
{
    const DatabaseSetting::Choice c = choice();
    if (const QString problem = DatabaseSetting::problem(c); !problem.isEmpty()) {
        m_hint->setText(problem);
        m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_address->setFocus();
        return false;
    }
    DatabaseSetting::save(c);
    return true;
}

void DatabaseSettingWidget::browsePasswordFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("PostgreSQL password file"), m_passwordFile->text());
    if (!file.isEmpty())
        m_passwordFile->setText(file);
}

void DatabaseSettingWidget::updateHint()
{
    const DatabaseSetting::Choice c = choice();
    const bool postgres = StoreOpener::isPostgres(c.address);
    m_passwordFile->setEnabled(postgres || !c.passwordFile.isEmpty());
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    if (const QString problem = DatabaseSetting::problem(c); !problem.isEmpty()) {
        m_hint->setText(problem);
        m_hint->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    } else if (c.address != m_initial.address || c.passwordFile != m_initial.passwordFile) {
        m_hint->setText(tr("Restart IngotDesk to connect to it. --db and $INGOTDESK_DB still win over this setting."));
    } else if (postgres) {
        m_hint->setText(tr("Team mode: desks on this server see each other's changes within seconds. The password "
                           "is never stored here."));
    } else {
        m_hint->setText(tr("The database applies when IngotDesk starts."));
    }
}

}  // namespace ingot
