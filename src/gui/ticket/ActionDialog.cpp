#include "gui/ticket/ActionDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ingot {

ActionDialog::ActionDialog(Action action, const QString& ticketNumber, const QList<Technician>& technicians,
                           const QString& currentAssignee, QWidget* parent)
    : QDialog(parent), m_action(action)
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(tr("%1 — %2").arg(actionLabel(action), ticketNumber));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    if (action == Action::Dispatch) {
        m_technician = new QComboBox(this);
        m_technician->setObjectName(QStringLiteral("technicianCombo"));
        for (const Technician& t : technicians)
            m_technician->addItem(QStringLiteral("%1 (%2) · %3 · %4")
                                      .arg(t.name, t.login, regionLabel(t.region), levelLabel(t.level)),
                                  t.login);
        const int current = m_technician->findData(currentAssignee);
        if (current >= 0)
            m_technician->setCurrentIndex(current);
        form->addRow(tr("&Technician:"), m_technician);
        m_advice = new QLabel(this);
        m_advice->setObjectName(QStringLiteral("adviceLabel"));
        m_advice->setWordWrap(true);
        m_advice->setVisible(false);
        form->addRow(QString(), m_advice);
    } else if (action == Action::Survey) {
        m_score = new QSpinBox(this);
        m_score->setObjectName(QStringLiteral("scoreSpin"));
        m_score->setRange(1, 5);
        m_score->setValue(5);
        m_score->setSuffix(tr(" / 5"));
        form->addRow(tr("&Satisfaction score:"), m_score);
    }

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumWidth(380);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 5);
    m_note->setPlaceholderText(noteRequired(action) ? tr("Why is the ticket cancelled? (duplicate, invalid …)")
                                                    : tr("Optional note for the history"));
    form->addRow(noteRequired(action) ? tr("&Reason:") : tr("&Note:"), m_note);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionLabel(action));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Ctrl+Enter"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });

    connect(m_note, &QPlainTextEdit::textChanged, this, &ActionDialog::updateOk);
    updateOk();

    if (m_technician)
        m_technician->setFocus();
    else if (m_score)
        m_score->setFocus();
    else
        m_note->setFocus();
}

void ActionDialog::showSuggestions(const DispatchRanking& ranking)
{
    if (!m_technician || ranking.suggestions.isEmpty())
        return;
    const QString current = m_technician->currentData().toString();
    m_technician->clear();
    for (const DispatchSuggestion& s : ranking.suggestions) {
        const QString line = s.eligible ? tr("%1 (%2) · %3 · %4 — score %5")
                                              .arg(s.name, s.login, regionLabel(s.region), levelLabel(s.level))
                                              .arg(s.score)
                                        : tr("%1 (%2) · %3 · %4 — not suggested")
                                              .arg(s.name, s.login, regionLabel(s.region), levelLabel(s.level));
        m_technician->addItem(line, s.login);
        m_technician->setItemData(m_technician->count() - 1, s.reasons().join(QLatin1Char('\n')), Qt::ToolTipRole);
    }
    const DispatchSuggestion* best = ranking.best(current);
    const int index = m_technician->findData(best ? best->login : current);
    m_technician->setCurrentIndex(std::max(0, index));

    QStringList lines;
    if (best)
        lines << tr("Suggested: <b>%1</b> — %2").arg(best->name.toHtmlEscaped(), best->reasons().join(QStringLiteral("; ")).toHtmlEscaped());
    for (const QString& warning : ranking.warnings)
        lines << QStringLiteral("<span style='color:#b26a00'>%1</span>").arg(warning.toHtmlEscaped());
    m_advice->setText(lines.join(QStringLiteral("<br>")));
    m_advice->setVisible(!lines.isEmpty());
    updateOk();
}

QString ActionDialog::value() const
{
    if (m_technician)
        return m_technician->currentData().toString();
    if (m_score)
        return QString::number(m_score->value());
    return {};
}

QString ActionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ActionDialog::updateOk()
{
    QString problem;
    if (m_technician && m_technician->count() == 0)
        problem = tr("There are no technicians to dispatch to yet.");
    else if (noteRequired(m_action) && note().isEmpty())
        problem = tr("A reason is required to cancel a ticket.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

}  // namespace ingot
