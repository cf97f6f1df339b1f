#include "tageditordelegate.h"

#include "clearbutton.h"
#include "ordersmodel.h"
#include "services/orderstore.h"

#include <QCompleter>
#include <QLineEdit>

TagEditorDelegate::TagEditorDelegate(OrderStore &store, QObject *parent)
    : QStyledItemDelegate(parent), m_store(&store)
{
}

QWidget *TagEditorDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("tagEditor"));
    edit->setFrame(false);
    ClearButton::name(edit, tr("Clear tag"));
    edit->setPlaceholderText(tr("No tag"));
    edit->setAccessibleName(tr("Tag of order %1")
                                .arg(index.data(OrdersModel::OrderIdRole).toLongLong()));
    edit->setToolTip(tr("Leave empty to clear the tag"));
    // The tags in use when editing starts: a tag added meanwhile appears next time.
    auto *completer = new QCompleter(m_store->tagsInUse(), edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    edit->setCompleter(completer);
    return edit;
}

void TagEditorDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    edit->setText(currentTag(index));
    edit->selectAll();
}

void TagEditorDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                     const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const qint64 orderId = index.data(OrdersModel::OrderIdRole).toLongLong();
    if (orderId <= 0)
        return;
    const QString tag = edit->text().trimmed();
    if (tag == currentTag(index))
        return; // nothing changed: no request
    // Qt calls this const; the signal is how the edit leaves the delegate.
    emit const_cast<TagEditorDelegate *>(this)->tagEdited(orderId, tag);
}

QString TagEditorDelegate::currentTag(const QModelIndex &index) const
{
    const qint64 orderId = index.data(OrdersModel::OrderIdRole).toLongLong();
    if (const Order *order = m_store->find(orderId))
        return order->tag;
    return index.data(Qt::EditRole).toString();
}
