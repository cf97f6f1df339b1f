#pragma once

#include <QStyledItemDelegate>

class OrderStore;

// The Tag column's editor: a line edit that completes from the tags in use. Editing is a
// request, not a write: setModelData() leaves the model alone and emits tagEdited() (only when
// the tag really changes) for the window to send through OrderEditor::setTag, which shows the
// pending value and the server's answer. An empty tag clears it.
class TagEditorDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TagEditorDelegate(OrderStore &store, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

signals:
    void tagEdited(qint64 orderId, const QString &tag);

private:
    // The order's tag as the store has it; falls back to the cell's own text.
    QString currentTag(const QModelIndex &index) const;

    OrderStore *m_store;
};
