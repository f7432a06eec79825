#pragma once

#include <QMainWindow>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ingot {

class AuditTableModel;
class DeskSession;

// Administrators' view of the audit trail: newest first, filtered by entity, actor and dates, read
// lazily; "Verify chain" checks every hash on a worker thread (its own connection) and names the
// first entry that does not fit.
class AuditViewerWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit AuditViewerWindow(DeskSession& session, QWidget* parent = nullptr);
    ~AuditViewerWindow() override;

    AuditTableModel* model() const { return m_model; }
    QString verifyResult() const;

public slots:
    void applyFilter();
    void verifyChain();

signals:
    void verified(bool ok);

private:
    void showVerification(bool ok, const QString& text);

    DeskSession& m_session;
    AuditTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_entity;
    QLineEdit* m_actor;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_verify;
    QLabel* m_status;
    QThread* m_worker = nullptr;
};

}  // namespace ingot
