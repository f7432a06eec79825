#pragma once

#include "core/common/Result.h"
#include "core/customers/Technician.h"
#include "core/dispatch/DispatchRanking.h"
#include "core/tickets/Ticket.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class TicketDetailWidget;
}

namespace ingot {

class TicketService;
class TicketHistoryModel;

// One ticket: what was reported, its history, and a button for each action its stage allows.
// An action is sent with the version that was on screen, so an edit made meanwhile at another
// desk is refused instead of overwritten; the refusal is shown and the ticket reloaded.
class TicketDetailWidget final : public QWidget {
    Q_OBJECT
public:
    TicketDetailWidget(TicketService& service, QString agent, QWidget* parent = nullptr);
    ~TicketDetailWidget() override;

    void setTechnicians(const QList<Technician>& technicians);
    // Where the dispatch dialog gets its ranked suggestions (by ticket number); none: plain list.
    using DispatchAdvisor = std::function<Result<DispatchRanking>(const QString& number)>;
    void setDispatchAdvisor(DispatchAdvisor advisor) { m_dispatchAdvisor = std::move(advisor); }
    QString currentNumber() const { return m_ticket ? m_ticket->number : QString(); }
    int shownVersion() const { return m_ticket ? m_ticket->version : 0; }
    QList<Action> shownActions() const { return m_actions; }

public slots:
    void showTicket(const QString& number);
    void reload();
    void clear();
    // Runs `action` on the shown ticket, asking for its input first.
    void runAction(ingot::Action action);

signals:
    void ticketShown(const QString& number);
    void ticketChanged(const QString& number);  // an action was recorded

private:
    void render(const Ticket& ticket);
    void rebuildActions();
    void showMessage(const QString& text, bool error);
    QString technicianName(const QString& login) const;

    std::unique_ptr<Ui::TicketDetailWidget> m_ui;
    TicketService& m_service;
    QString m_agent;
    QList<Technician> m_technicians;
    DispatchAdvisor m_dispatchAdvisor;
    QHash<QString, QString> m_names;
    TicketHistoryModel* m_history;
    std::optional<Ticket> m_ticket;
    QList<Action> m_actions;
    QTimer m_messageTimer;
};

}  // namespace ingot
