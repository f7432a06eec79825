#pragma once

#include "app/customers/CustomerArchive.h"
#include "core/common/Clock.h"
#include "core/repositories/Repositories.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class CustomerArchiveWindow;
}

namespace ingot {

class CustomerTicketsModel;

// One customer in one place (一客一档): profile and contacts, tier and why, health score and why,
// satisfaction trend, every ticket with its outcome, orders and batches, open follow-ups and the
// tier history. Read in one go by CustomerArchiveService; a double-click on a ticket asks the desk
// to show it.
class CustomerArchiveWindow final : public QWidget {
    Q_OBJECT
public:
    CustomerArchiveWindow(Store& store, const Clock& clock, QWidget* parent = nullptr);
    ~CustomerArchiveWindow() override;

    // Loads and shows the customer; on failure the window says why and the error is returned.
    Status showCustomer(const QString& code);
    const std::optional<CustomerArchive>& archive() const { return m_archive; }
    CustomerTicketsModel* ticketsModel() const { return m_tickets; }

signals:
    void ticketActivated(const QString& number);

private:
    void render(const CustomerArchive& archive);
    void renderTables(const CustomerArchive& archive);
    QString technicianName(const QString& login) const;

    std::unique_ptr<Ui::CustomerArchiveWindow> m_ui;
    Store& m_store;
    const Clock& m_clock;
    CustomerTicketsModel* m_tickets;
    QHash<QString, QString> m_names;
    std::optional<CustomerArchive> m_archive;
};

} // namespace ingot
