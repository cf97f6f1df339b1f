#pragma once

#include <QStyledItemDelegate>

// The traffic cell as a bar: how much of the allotment is spent, with the figures on it. The
// cell's text stays the model's, so a screen reader reads "5 of 20 GB (25 %)", not a picture.
class TrafficBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
