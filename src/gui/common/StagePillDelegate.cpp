#include "gui/common/StagePillDelegate.h"

#include "core/tickets/TicketTypes.h"
#include "gui/common/DomainStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace ingot {

StagePillDelegate::StagePillDelegate(int stageRole, QObject* parent) : QStyledItemDelegate(parent), m_stageRole(stageRole)
{
}

void StagePillDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant stageValue = index.data(m_stageRole);
    if (!stageValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto stage = static_cast<Stage>(stageValue.toInt());

    // Let the style draw selection and focus, then put the pill on top.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    const int padX = 6;
    const int height = std::min(opt.rect.height() - 4, fm.height() + 2);
    // A few pixels of slack: text measured in whole pixels may render wider with fractional advances.
    const int width = std::min(opt.rect.width() - 6, fm.horizontalAdvance(text) + 2 * padX + 4);
    const QRect pill(opt.rect.left() + 3, opt.rect.top() + (opt.rect.height() - height) / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), 4, 4);
    painter->fillPath(path, DomainStyle::stageColor(stage));
    painter->setPen(DomainStyle::stageTextColor(stage));
    painter->setFont(opt.font);
    painter->drawText(pill.adjusted(padX, 0, -padX, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * padX));
    painter->restore();
}

}  // namespace ingot
