#include "gui/settings/SettingsDialog.h"

#include "gui/settings/DatabaseSettingWidget.h"
#include "gui/settings/LanguageSetting.h"

#include "ui_SettingsDialog.h"

namespace ingot {

SettingsDialog::SettingsDialog(const QString& dbPath, const QString& agent, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(LanguageSetting::saved())
{
    m_ui->setupUi(this);
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_initial)));
    m_ui->databaseLabel->setText(dbPath);
    m_ui->agentLabel->setText(agent);
    m_ui->restartLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    m_database = new DatabaseSettingWidget(dbPath, this);
    m_ui->formLayout->addRow(tr("Connect to:"), m_database);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->restartLabel->setText(chosenLanguage() == m_initial
                                        ? tr("The language applies when IngotDesk starts.")
                                        : tr("Restart IngotDesk to use the new language."));
    });
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::accept()
{
    if (!m_database->save())
        return;  // the widget says what is wrong with the address
    LanguageSetting::save(chosenLanguage());
    QDialog::accept();
}

}  // namespace ingot
