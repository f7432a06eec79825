#pragma once

#include <QStyledItemDelegate>

namespace ingot {

// Paints a stage cell as a coloured label. Reads the stage from the model's stage role and falls
// back to plain text while the row is still loading.
class StagePillDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StagePillDelegate(int stageRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_stageRole;
};

}  // namespace ingot
