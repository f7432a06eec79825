#include "gui/intake/NewTicketDialog.h"

#include "app/tickets/TicketService.h"
#include "core/common/Instant.h"
#include "gui/intake/CustomerCompleter.h"
#include "gui/quality/KnowledgeSuggestions.h"

#include "ui_NewTicketDialog.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>

namespace ingot {

namespace {
constexpr int kMinTitleLength = 2;
const QString kErrorStyle = QStringLiteral("QLabel { color: #c62828; }");
const QString kCustomer = QStringLiteral("customer");
const QString kCategory = QStringLiteral("category");
const QString kTitle = QStringLiteral("title");
}  // namespace

NewTicketDialog::NewTicketDialog(Store& store, TicketService& service, QString agent, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewTicketDialog>()), m_store(store), m_service(service),
      m_agent(std::move(agent))
{
    m_ui->setupUi(this);
    m_completer = new CustomerCompleter(store.customers(), m_ui->customerEdit, this);
    for (QLabel* l : {m_ui->customerError, m_ui->categoryError, m_ui->titleError, m_ui->errorLabel})
        l->setStyleSheet(kErrorStyle);
    m_ui->validationLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_ui->customerInfoLabel->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
    m_ui->draftBanner->setStyleSheet(
        QStringLiteral("#draftBanner { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }"));
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create ticket"));
    ok->setToolTip(tr("Ctrl+Enter"));
    ok->setObjectName(QStringLiteral("createButton"));
    m_ui->errorLabel->hide();
    fillChoices();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreDraftButton, &QPushButton::clicked, this, &NewTicketDialog::restoreDraft);
    connect(m_ui->discardDraftButton, &QPushButton::clicked, this, &NewTicketDialog::discardDraft);
    connect(m_completer, &CustomerCompleter::picked, this, &NewTicketDialog::onCustomerPicked);
    connect(m_completer, &CustomerCompleter::unpicked, this, &NewTicketDialog::onCustomerUnpicked);
    // Enter in the customer field picks the first match. With the match list open the completer hands
    // the key straight to the field (returnPressed); otherwise the filter takes it before the dialog
    // could treat it as "next field" as well.
    connect(m_ui->customerEdit, &QLineEdit::returnPressed, this, &NewTicketDialog::onCustomerReturn);
    m_ui->customerEdit->installEventFilter(this);
    // A shortcut, not keyPressEvent alone: the description box would take Ctrl+Enter for itself.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &NewTicketDialog::accept);

    connect(m_ui->customerEdit, &QLineEdit::textEdited, this, [this] { touch(kCustomer); });
    connect(m_ui->titleEdit, &QLineEdit::textEdited, this, [this] { touch(kTitle); });
    connect(m_ui->categoryCombo, &QComboBox::activated, this, [this] { touch(kCategory); });
    for (QLineEdit* edit : {m_ui->customerEdit, m_ui->reporterEdit, m_ui->titleEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewTicketDialog::onChanged);
    for (QComboBox* combo : {m_ui->orderCombo, m_ui->categoryCombo, m_ui->priorityCombo, m_ui->channelCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &NewTicketDialog::onChanged);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, &NewTicketDialog::onChanged);

    // Knowledge base answers beside the form; a marked article is recorded with the created ticket.
    auto* knowledge = KnowledgeSuggestions::attachBeside(m_ui->mainLayout, m_ui->formLayout, store, m_ui->titleEdit,
                                                         m_ui->descriptionEdit, m_ui->categoryCombo);
    connect(this, &QDialog::accepted, knowledge, [this, knowledge] { knowledge->recordSolvedQuietly(m_created, m_agent); });

    offerDraft();
    validate();
    m_ui->customerEdit->setFocus();
}

NewTicketDialog::~NewTicketDialog() = default;

void NewTicketDialog::fillChoices()
{
    m_ui->orderCombo->addItem(tr("No order (pick a customer first)"), QString());
    m_ui->orderCombo->setEnabled(false);

    m_ui->categoryCombo->addItem(tr("Choose a category…"));
    for (Category c : allCategories())
        m_ui->categoryCombo->addItem(categoryLabel(c), categoryKey(c));

    for (Priority p : allPriorities())
        m_ui->priorityCombo->addItem(priorityLabel(p), priorityKey(p));
    m_ui->priorityCombo->setCurrentIndex(m_ui->priorityCombo->findData(priorityKey(Priority::P3)));

    for (Channel c : allChannels())
        m_ui->channelCombo->addItem(channelLabel(c), channelKey(c));
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(channelKey(Channel::Phone)));
}

void NewTicketDialog::offerDraft()
{
    QSettings settings;
    m_offer = TicketDraft::load(settings);
    if (!m_offer) {
        m_ui->draftBanner->hide();
        return;
    }
    const QString when = m_offer->savedAt > 0 ? Instant::formatShort(m_offer->savedAt) : QString();
    const QString what = m_offer->title.trimmed().isEmpty() ? m_offer->customerText : m_offer->title;
    m_ui->draftLabel->setText(tr("A ticket you started at %1 was not created: “%2”. Restore it?").arg(when, what));
    m_ui->draftBanner->show();
}

void NewTicketDialog::restoreDraft()
{
    if (m_offer)
        applyDraft(*m_offer);
    m_offer.reset();
    m_ui->draftBanner->hide();
    onChanged();
    m_ui->titleEdit->setFocus();
}

void NewTicketDialog::discardDraft()
{
    m_offer.reset();
    m_ui->draftBanner->hide();
    QSettings settings;
    TicketDraft::clear(settings);
    onChanged();  // what is typed now becomes the draft
    m_ui->customerEdit->setFocus();
}

void NewTicketDialog::applyDraft(const TicketDraft& d)
{
    m_applying = true;
    if (d.customerCode.isEmpty() || !m_completer->pickCode(d.customerCode))
        m_ui->customerEdit->setText(d.customerText);
    if (const int i = m_ui->orderCombo->findData(d.orderNo); i >= 0)
        m_ui->orderCombo->setCurrentIndex(i);
    m_ui->categoryCombo->setCurrentIndex(std::max(0, m_ui->categoryCombo->findData(d.category)));
    if (const int i = m_ui->priorityCombo->findData(d.priority); i >= 0)
        m_ui->priorityCombo->setCurrentIndex(i);
    if (const int i = m_ui->channelCombo->findData(d.channel); i >= 0)
        m_ui->channelCombo->setCurrentIndex(i);
    m_ui->reporterEdit->setText(d.reporter);
    m_ui->titleEdit->setText(d.title);
    m_ui->descriptionEdit->setPlainText(d.description);
    m_applying = false;
}

TicketDraft NewTicketDialog::currentDraft() const
{
    TicketDraft d;
    if (const auto& c = m_completer->customer())
        d.customerCode = c->code;
    d.customerText = m_ui->customerEdit->text();
    d.orderNo = m_ui->orderCombo->currentData().toString();
    d.category = m_ui->categoryCombo->currentData().toString();
    d.priority = m_ui->priorityCombo->currentData().toString();
    d.channel = m_ui->channelCombo->currentData().toString();
    d.reporter = m_ui->reporterEdit->text();
    d.title = m_ui->titleEdit->text();
    d.description = m_ui->descriptionEdit->toPlainText();
    return d;
}

void NewTicketDialog::onChanged()
{
    validate();
    if (m_applying)
        return;
    TicketDraft draft = currentDraft();
    QSettings settings;
    if (m_offer) {
        // The earlier draft stays offered until the agent starts a different ticket instead.
        if (draft.isEmpty())
            return;
        m_offer.reset();
        m_ui->draftBanner->hide();
    }
    if (draft.isEmpty()) {
        TicketDraft::clear(settings);
        return;
    }
    draft.savedAt = QDateTime::currentSecsSinceEpoch();
    draft.save(settings);
}

void NewTicketDialog::onCustomerReturn()
{
    touch(kCustomer);
    if (!m_completer->pickFirst()) {
        validate();
        return;
    }
    if (m_ui->orderCombo->isEnabled() && m_ui->orderCombo->count() > 1)
        m_ui->orderCombo->setFocus(Qt::TabFocusReason);
    else
        m_ui->categoryCombo->setFocus(Qt::TabFocusReason);
}

void NewTicketDialog::onCustomerPicked(const Customer& c)
{
    QStringList info{tierLabel(c.tier), regionLabel(c.region)};
    const QString place = QStringList{c.province, c.city}.join(QLatin1Char(' ')).trimmed();
    if (!place.isEmpty())
        info << place;
    if (!c.contactName.isEmpty())
        info << (c.phone.isEmpty() ? c.contactName : QStringLiteral("%1 %2").arg(c.contactName, c.phone));
    m_ui->customerInfoLabel->setText(info.join(QStringLiteral(" · ")));

    m_ui->orderCombo->clear();
    m_ui->orderCombo->addItem(tr("No order"), QString());
    auto orders = m_store.orders().forCustomer(c.code);
    if (orders) {
        for (const Order& o : orders.value()) {
            QString text = tr("%1 · %2 · batch %3 · %4 t").arg(o.orderNo, o.grade, o.batchNo, QString::number(o.quantityT, 'f', 1));
            if (o.deliveredAt)
                text += tr(" · delivered %1").arg(Instant::formatShort(*o.deliveredAt).left(10));
            m_ui->orderCombo->addItem(text, o.orderNo);
        }
    }
    m_ui->orderCombo->setEnabled(true);
    if (m_ui->reporterEdit->text().isEmpty() && !c.contactName.isEmpty() && !m_applying)
        m_ui->reporterEdit->setText(c.contactName);
    validate();
}

void NewTicketDialog::onCustomerUnpicked()
{
    m_ui->customerInfoLabel->clear();
    m_ui->orderCombo->clear();
    m_ui->orderCombo->addItem(tr("No order (pick a customer first)"), QString());
    m_ui->orderCombo->setEnabled(false);
    validate();
}

void NewTicketDialog::touch(const QString& field)
{
    m_touched.insert(field);
    validate();
}

bool NewTicketDialog::isValid() const
{
    return m_completer->customer().has_value() && m_ui->categoryCombo->currentData().isValid() &&
           m_ui->titleEdit->text().trimmed().size() >= kMinTitleLength;
}

void NewTicketDialog::validate()
{
    const auto show = [this](QLabel* label, const QString& field, const QString& problem) {
        label->setText(problem);
        label->setVisible(!problem.isEmpty() && (m_triedAccept || m_touched.contains(field)));
    };
    QStringList missing;

    QString customerProblem;
    if (!m_completer->customer()) {
        const QString typed = m_ui->customerEdit->text().trimmed();
        customerProblem = typed.isEmpty() ? tr("Pick the customer who called.")
                                          : tr("Pick a customer from the list (Enter takes the first match for “%1”).").arg(typed);
        if (!m_completer->lastError().isEmpty())
            customerProblem = m_completer->lastError();
        missing << tr("customer");
    }
    show(m_ui->customerError, kCustomer, customerProblem);

    QString categoryProblem;
    if (!m_ui->categoryCombo->currentData().isValid()) {
        categoryProblem = tr("Choose the kind of problem.");
        missing << tr("category");
    }
    show(m_ui->categoryError, kCategory, categoryProblem);

    QString titleProblem;
    const QString title = m_ui->titleEdit->text().trimmed();
    if (title.isEmpty()) {
        titleProblem = tr("Enter a short title.");
        missing << tr("title");
    } else if (title.size() < kMinTitleLength) {
        titleProblem = tr("The title needs at least %n characters.", nullptr, kMinTitleLength);
        missing << tr("title");
    }
    show(m_ui->titleError, kTitle, titleProblem);

    m_ui->validationLabel->setText(missing.isEmpty() ? tr("Ready: Ctrl+Enter creates the ticket.")
                                                     : tr("Still needed: %1").arg(missing.join(tr(", "))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

void NewTicketDialog::accept()
{
    m_triedAccept = true;
    validate();
    if (!isValid())
        return;

    NewTicket input;
    input.customerCode = m_completer->customer()->code;
    input.orderNo = m_ui->orderCombo->currentData().toString();
    input.category = parseCategory(m_ui->categoryCombo->currentData().toString()).value_or(Category::Other);
    input.priority = parsePriority(m_ui->priorityCombo->currentData().toString()).value_or(Priority::P3);
    input.channel = parseChannel(m_ui->channelCombo->currentData().toString()).value_or(Channel::Phone);
    input.reporter = m_ui->reporterEdit->text().trimmed();
    input.title = m_ui->titleEdit->text().trimmed();
    input.description = m_ui->descriptionEdit->toPlainText().trimmed();

    auto created = m_service.create(input, m_agent);
    if (!created) {
        m_ui->errorLabel->setText(created.error().text());
        m_ui->errorLabel->show();
        return;
    }
    m_created = created->number;
    QSettings settings;
    TicketDraft::clear(settings);
    QDialog::accept();
}

bool NewTicketDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->customerEdit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !(key->modifiers() & Qt::ControlModifier)) {
            onCustomerReturn();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewTicketDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        accept();
        return;
    }
    QWidget* focus = focusWidget();
    if (qobject_cast<QAbstractButton*>(focus)) {
        QDialog::keyPressEvent(event);
        return;
    }
    // In a form Enter moves on rather than submitting half a ticket.
    focusNextChild();
}

}  // namespace ingot
