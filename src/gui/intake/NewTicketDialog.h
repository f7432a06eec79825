#pragma once

#include "core/customers/Customer.h"
#include "core/repositories/Repositories.h"
#include "gui/intake/TicketDraft.h"

#include <QDialog>
#include <QSet>
#include <memory>

namespace Ui {
class NewTicketDialog;
}

namespace ingot {

class CustomerCompleter;
class TicketService;

// Logging a customer's report, keyboard first: type the customer and press Enter, Tab through the
// rest, Ctrl+Enter to create. OK stays disabled until customer, category and title are valid, and
// each missing field says so under itself once touched. Everything typed is saved as a draft at
// once and offered back the next time the dialog opens, until a ticket is created from it.
class NewTicketDialog final : public QDialog {
    Q_OBJECT
public:
    NewTicketDialog(Store& store, TicketService& service, QString agent, QWidget* parent = nullptr);
    ~NewTicketDialog() override;

    QString createdNumber() const { return m_created; }
    bool isValid() const;

public slots:
    void accept() override;
    void restoreDraft();
    void discardDraft();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillChoices();
    void offerDraft();
    void onCustomerReturn();
    void onCustomerPicked(const Customer& customer);
    void onCustomerUnpicked();
    void onChanged();
    void validate();
    TicketDraft currentDraft() const;
    void applyDraft(const TicketDraft& draft);
    void touch(const QString& field);

    std::unique_ptr<Ui::NewTicketDialog> m_ui;
    Store& m_store;
    TicketService& m_service;
    QString m_agent;
    CustomerCompleter* m_completer;
    QString m_created;
    std::optional<TicketDraft> m_offer;  // a draft from an earlier session, until restored or discarded
    bool m_applying = false;
    bool m_triedAccept = false;
    QSet<QString> m_touched;
};

}  // namespace ingot
