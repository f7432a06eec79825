#pragma once

#include "app/customers/CustomerArchive.h"

#include <QWidget>

namespace ingot {

// Average survey score per month as bars on a 1-5 scale; months without answers show as a gap.
class SatisfactionTrendWidget final : public QWidget {
    Q_OBJECT
public:
    explicit SatisfactionTrendWidget(QWidget* parent = nullptr);

    void setMonths(const QList<CustomerArchive::MonthScore>& months);
    const QList<CustomerArchive::MonthScore>& months() const { return m_months; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<CustomerArchive::MonthScore> m_months;
};

} // namespace ingot
