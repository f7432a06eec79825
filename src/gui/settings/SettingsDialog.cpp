#include "gui/settings/SettingsDialog.h"

#include "gui/settings/DatabaseSettingWidget.h"
#include "gui/settings/LanguageSetting.h"
#include "gui/settings/SlaNoticeSetting.h"

#include "ui_SettingsDialog.h"

#include <QCheckBox>

namespace ingot {

SettingsDialog::SettingsDialog(const QString& dbPath, const QString& agent, QWidget* parent, bool everyTicketAllowed)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(LanguageSetting::saved())
{
    m_ui->setupUi(this);
    m_everyTicket = new QCheckBox(tr("SLA notices for &every ticket, not only mine"), this);
    m_everyTicket->setObjectName(QStringLiteral("everyTicketNoticesCheck"));
    m_everyTicket->setChecked(everyTicketAllowed && SlaNoticeSetting::everyone());
    m_everyTicket->setEnabled(everyTicketAllowed);
    m_everyTicket->setToolTip(everyTicketAllowed
                                  ? tr("The tray tells you when any open ticket turns at risk or breaches")
                                  : tr("Only supervisors and admins may follow every ticket; you hear about the "
                                       "tickets assigned to you (agents: also those you logged)"));
    m_ui->formLayout->addRow(tr("Tray:"), m_everyTicket);
    m_database = new DatabaseSettingWidget(dbPath, this);
    m_ui->formLayout->addRow(tr("Connect to:"), m_database);
    // Each language is named in itself, so that someone who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(m_initial)));
    m_ui->databaseLabel->setText(dbPath);
    m_ui->agentLabel->setText(agent);
    m_ui->restartLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
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

bool SettingsDialog::noticesForEveryTicket() const
{
    return m_everyTicket->isChecked();
}

void SettingsDialog::accept()
{
    if (!m_database->save())
        return;  // the widget says what is wrong with the address
    LanguageSetting::save(chosenLanguage());
    if (m_everyTicket->isEnabled())
        SlaNoticeSetting::setEveryone(m_everyTicket->isChecked());
    QDialog::accept();
}

}  // namespace ingot
