#pragma once

#include "core/customers/Customer.h"
#include "core/repositories/Repositories.h"

#include <QObject>
#include <QTimer>
#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace ingot {

// Search-as-you-type for the customer field: after a short pause the repository is asked for the
// best matches of code, name or city, shown as "code · name · city · tier". A customer counts as
// picked only when chosen from the list (or as the first match on Enter); typing again unpicks it.
class CustomerCompleter final : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;
    static constexpr int kMatches = 12;

    CustomerCompleter(CustomerRepository& customers, QLineEdit* edit, QObject* parent = nullptr);

    const std::optional<Customer>& customer() const { return m_picked; }
    // Searches now (no pause) and picks the best match; false when nothing matches.
    bool pickFirst();
    // Picks a customer by code, e.g. from a restored draft.
    bool pickCode(const QString& code);
    QString lastError() const { return m_error; }

signals:
    void picked(const ingot::Customer& customer);
    void unpicked();
    void searched(int matches);

private:
    void search();
    void pick(const Customer& customer);
    void onTextEdited();

    CustomerRepository& m_customers;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer m_timer;
    QList<Customer> m_results;
    std::optional<Customer> m_picked;
    QString m_error;
};

}  // namespace ingot
