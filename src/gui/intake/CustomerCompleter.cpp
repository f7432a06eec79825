#include "gui/intake/CustomerCompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace ingot {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kPickTextRole = Qt::UserRole + 2;  // what the field shows once a customer is picked

QString pickText(const Customer& c)
{
    return QStringLiteral("%1 · %2").arg(c.code, c.name);
}
}  // namespace

CustomerCompleter::CustomerCompleter(CustomerRepository& customers, QLineEdit* edit, QObject* parent)
    : QObject(parent), m_customers(customers), m_edit(edit), m_completer(new QCompleter(this)),
      m_model(new QStandardItemModel(this))
{
    // The repository already ranks the matches; the completer must show them as they are.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kPickTextRole);
    m_completer->setMaxVisibleItems(kMatches);
    m_completer->popup()->setObjectName(QStringLiteral("customerPopup"));
    m_edit->setCompleter(m_completer);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &CustomerCompleter::search);
    connect(m_edit, &QLineEdit::textEdited, this, &CustomerCompleter::onTextEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const QString code = index.data(kCodeRole).toString();
        for (const Customer& c : std::as_const(m_results))
            if (c.code == code) {
                pick(c);
                return;
            }
    });
}

void CustomerCompleter::onTextEdited()
{
    if (m_picked) {
        m_picked.reset();
        emit unpicked();
    }
    m_timer.start();
}

void CustomerCompleter::search()
{
    m_timer.stop();
    const QString text = m_edit->text().trimmed();
    m_results.clear();
    m_model->clear();
    m_error.clear();
    if (text.isEmpty()) {
        m_completer->popup()->hide();
        emit searched(0);
        return;
    }
    auto found = m_customers.search(text, kMatches);
    if (!found) {
        m_error = found.error().text();
        emit searched(0);
        return;
    }
    m_results = found.value();
    for (const Customer& c : std::as_const(m_results)) {
        QStringList parts{c.code, c.name};
        if (!c.city.isEmpty())
            parts << c.city;
        parts << tr("Tier %1").arg(tierKey(c.tier));
        auto* item = new QStandardItem(parts.join(QStringLiteral(" · ")));
        item->setData(c.code, kCodeRole);
        item->setData(pickText(c), kPickTextRole);
        item->setToolTip(tierLabel(c.tier));
        m_model->appendRow(item);
    }
    if (!m_results.isEmpty() && m_edit->hasFocus() && !m_picked)
        m_completer->complete();
    else
        m_completer->popup()->hide();
    emit searched(static_cast<int>(m_results.size()));
}

bool CustomerCompleter::pickFirst()
{
    if (m_picked && m_edit->text() == pickText(*m_picked))
        return true;
    search();
    if (m_results.isEmpty())
        return false;
    pick(m_results.constFirst());
    return true;
}

bool CustomerCompleter::pickCode(const QString& code)
{
    auto found = m_customers.findByCode(code);
    if (!found)
        return false;
    pick(found.value());
    return true;
}

void CustomerCompleter::pick(const Customer& customer)
{
    m_timer.stop();
    m_picked = customer;
    m_completer->popup()->hide();
    m_edit->setText(pickText(customer));
    emit picked(customer);
}

}  // namespace ingot
