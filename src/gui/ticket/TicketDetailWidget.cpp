#include "gui/ticket/TicketDetailWidget.h"

#include "app/security/Authorizer.h"
#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "core/tickets/TicketStateMachine.h"
#include "gui/common/DomainStyle.h"
#include "gui/ticket/ActionDialog.h"
#include "gui/ticket/TicketHistoryModel.h"

#include "ui_TicketDetailWidget.h"

#include <QHeaderView>
#include <QPushButton>

namespace ingot {

namespace {
constexpr int kActionColumns = 3;
constexpr int kMessageMs = 6000;
}  // namespace

TicketDetailWidget::TicketDetailWidget(TicketService& service, QString agent, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TicketDetailWidget>()), m_service(service),
      m_agent(std::move(agent)), m_history(new TicketHistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(m_history);
    // The pane is narrow: time, who, and one two-line entry (action, change of stage, note) that wraps.
    // A ticket's history is a handful of rows, so fitting columns to their content is cheap here.
    QHeaderView* header = m_ui->historyView->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {TicketHistoryModel::ActionColumn, TicketHistoryModel::StagesColumn, TicketHistoryModel::NoteColumn})
        m_ui->historyView->setColumnHidden(column, true);
    header->setSectionResizeMode(TicketHistoryModel::EntryColumn, QHeaderView::Stretch);
    m_ui->historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    QFont big = m_ui->numberLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->numberLabel->setFont(big);
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);
    m_ui->historyCaption->setFont(bold);
    m_ui->messageLabel->hide();

    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(kMessageMs);
    connect(&m_messageTimer, &QTimer::timeout, m_ui->messageLabel, &QWidget::hide);
    clear();
}

TicketDetailWidget::~TicketDetailWidget() = default;

void TicketDetailWidget::setTechnicians(const QList<Technician>& technicians)
{
    m_technicians = technicians;
    m_names.clear();
    for (const Technician& t : technicians)
        m_names.insert(t.login, t.name);
    m_history->setTechnicianNames(m_names);
    if (m_ticket)
        render(*m_ticket);
}

QString TicketDetailWidget::technicianName(const QString& login) const
{
    if (login.isEmpty())
        return tr("Unassigned");
    return m_names.contains(login) ? QStringLiteral("%1 (%2)").arg(m_names.value(login), login) : login;
}

void TicketDetailWidget::clear()
{
    m_ticket.reset();
    m_actions.clear();
    m_history->setEvents({});
    m_ui->stack->setCurrentWidget(m_ui->emptyPage);
}

void TicketDetailWidget::showTicket(const QString& number)
{
    if (number.isEmpty()) {
        clear();
        return;
    }
    if (!m_ticket || m_ticket->number != number)
        m_ui->messageLabel->hide();
    auto found = m_service.find(number);
    if (!found) {
        clear();
        m_ui->emptyLabel->setText(found.error().text());
        return;
    }
    render(found.value());
    emit ticketShown(number);
}

void TicketDetailWidget::reload()
{
    if (m_ticket)
        showTicket(m_ticket->number);
}

void TicketDetailWidget::render(const Ticket& ticket)
{
    m_ticket = ticket;
    const TicketState& s = ticket.state;
    m_ui->stack->setCurrentWidget(m_ui->ticketPage);
    m_ui->numberLabel->setText(ticket.number);
    m_ui->stageLabel->setText(stageLabel(s.stage));
    m_ui->stageLabel->setStyleSheet(DomainStyle::stagePillStyleSheet(s.stage));
    m_ui->priorityLabel->setText(priorityLabel(ticket.priority));
    const QColor priorityColor = DomainStyle::priorityColor(ticket.priority);
    m_ui->priorityLabel->setStyleSheet(
        priorityColor.isValid()
            ? QStringLiteral("QLabel { color: %1; font-weight: %2; }")
                  .arg(priorityColor.name(), DomainStyle::priorityIsBold(ticket.priority) ? QStringLiteral("bold")
                                                                                        : QStringLiteral("normal"))
            : QString());
    m_ui->titleLabel->setText(ticket.title);
    m_ui->customerLabel->setText(QStringLiteral("%1 · %2 · %3 · %4")
                                     .arg(ticket.customerCode, ticket.customerName, tierLabel(ticket.tier),
                                          regionLabel(ticket.region)));
    m_ui->categoryLabel->setText(categoryLabel(ticket.category));
    m_ui->assigneeLabel->setText(technicianName(s.assignee));
    m_ui->reportedLabel->setText(tr("%1 via %2").arg(Instant::formatShort(s.reportedAt), channelLabel(ticket.channel)));
    const QString order = ticket.orderNo.isEmpty() ? tr("none") : ticket.orderNo;
    m_ui->orderLabel->setText(ticket.batchNo.isEmpty() ? order : tr("%1 / batch %2").arg(order, ticket.batchNo));
    m_ui->contactLabel->setText(ticket.reporter.isEmpty() ? tr("not recorded") : ticket.reporter);
    m_ui->descriptionLabel->setText(ticket.description.isEmpty() ? tr("no description") : ticket.description);

    auto events = m_service.history(ticket);
    if (events) {
        m_history->setEvents(events.value());
        m_ui->historyView->scrollToBottom();
    } else {
        m_history->setEvents({});
        showMessage(events.error().text(), true);
    }
    rebuildActions();
}

void TicketDetailWidget::rebuildActions()
{
    QLayout* layout = m_ui->actionsLayout;
    while (QLayoutItem* item = layout->takeAt(0)) {
        // Later, not now: the button being clicked may be the one that led here.
        if (QWidget* w = item->widget()) {
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    m_actions = m_ticket ? TicketStateMachine::allowedActions(m_ticket->state) : QList<Action>{};
    int i = 0;
    for (Action action : std::as_const(m_actions)) {
        auto* button = new QPushButton(actionLabel(action), m_ui->actionsBox);
        button->setObjectName(QStringLiteral("action_") + actionKey(action));
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        // Greyed out with the reason; TicketService refuses it anyway.
        if (const auto needed = ticketActionPermission(action); needed && !Authorizer::allows(m_service.actor(), *needed)) {
            button->setEnabled(false);
            button->setToolTip(Authorizer::refusal(m_service.actor(), *needed));
        }
        m_ui->actionsLayout->addWidget(button, i / kActionColumns, i % kActionColumns);
        ++i;
    }
    m_ui->actionsBox->setVisible(!m_actions.isEmpty());
}

void TicketDetailWidget::runAction(Action action)
{
    if (!m_ticket || !m_actions.contains(action))
        return;
    ActionDialog dialog(action, m_ticket->number, m_technicians, m_ticket->state.assignee, this);
    if (action == Action::Dispatch && m_dispatchAdvisor) {
        // A ranking failure only costs the advice: the plain list still dispatches.
        if (auto ranking = m_dispatchAdvisor(m_ticket->number))
            dialog.showSuggestions(*ranking);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;

    TicketService::ActionInput input;
    input.number = m_ticket->number;
    input.action = action;
    input.value = dialog.value();
    input.note = dialog.note();
    input.expectedVersion = m_ticket->version;
    const QString number = m_ticket->number;
    auto done = m_service.act(input, m_agent);
    if (!done) {
        // Most often a stale edit: show why, then what the ticket looks like now.
        const QString why = done.error().kind == Error::Kind::Refused
                                ? tr("Not recorded: the ticket was changed at another desk after you opened it. It has "
                                     "been reloaded; check it and try again. (%1)")
                                      .arg(done.error().text())
                                : tr("Not recorded: %1").arg(done.error().text());
        reload();
        showMessage(why, true);
        return;
    }
    render(done.value());
    showMessage(tr("%1 recorded.").arg(actionLabel(action)), false);
    emit ticketChanged(number);
}

void TicketDetailWidget::showMessage(const QString& text, bool error)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: 1px solid #f5c2c0; "
                               "border-radius: 4px; padding: 4px 8px; }")
              : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #c8e6c9; "
                               "border-radius: 4px; padding: 4px 8px; }"));
    m_ui->messageLabel->show();
    if (error)
        m_messageTimer.stop();  // errors stay until the agent moves on
    else
        m_messageTimer.start();
}

}  // namespace ingot
