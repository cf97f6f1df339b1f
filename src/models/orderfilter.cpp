#include "orderfilter.h"

QString OrderFilter::untaggedTag()
{
    // Not a tag anyone can type: tags are trimmed, this has a control character.
    return QStringLiteral("\x01untagged");
}

bool OrderFilter::setCategory(Category category)
{
    if (m_category == category)
        return false;
    m_category = category;
    return true;
}

bool OrderFilter::setProduct(const QString &product)
{
    if (m_product == product)
        return false;
    m_product = product;
    return true;
}

bool OrderFilter::setTag(const QString &tag)
{
    if (m_tag == tag)
        return false;
    m_tag = tag;
    return true;
}

bool OrderFilter::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return false;
    m_text = trimmed;
    return true;
}

bool OrderFilter::setOrderIds(const QSet<qint64> &ids)
{
    if (m_orderIds == ids)
        return false;
    m_orderIds = ids;
    return true;
}

bool OrderFilter::matchesProductAndTag(const Order &order) const
{
    if (!m_orderIds.isEmpty() && !m_orderIds.contains(order.id))
        return false;
    if (!m_product.isEmpty() && order.productName != m_product)
        return false;
    if (m_tag.isEmpty())
        return true;
    if (m_tag == untaggedTag())
        return order.tag.isEmpty();
    return order.tag == m_tag;
}

bool OrderFilter::matchesText(const Order &order, const QString &location) const
{
    if (m_text.isEmpty())
        return true;
    const QString &q = m_text;
    if (QString::number(order.id).contains(q))
        return true;
    return order.productName.contains(q, Qt::CaseInsensitive) ||
           order.cycleName.contains(q, Qt::CaseInsensitive) ||
           order.tag.contains(q, Qt::CaseInsensitive) ||
           location.contains(q, Qt::CaseInsensitive);
}

bool OrderFilter::inCategory(const Order &order, Category category, qint64 nowMsecs)
{
    switch (category) {
    case Category::All:
        return true;
    case Category::Active:
        return order.status == OrderStatus::Active;
    case Category::OnHold:
        return order.status == OrderStatus::OnHold;
    case Category::Cancelled:
        return order.status == OrderStatus::Cancelled;
    case Category::ExpiringSoon: {
        if (order.status != OrderStatus::Active || !order.expiresAt.isValid())
            return false;
        const qint64 left = order.expiresAt.toMSecsSinceEpoch() - nowMsecs;
        return left >= 0 && left <= qint64(expiringSoonDays) * 86400 * 1000;
    }
    }
    return true;
}

bool OrderFilter::matches(const Order &order, const QString &location, qint64 nowMsecs) const
{
    return inCategory(order, m_category, nowMsecs) && matchesProductAndTag(order) &&
           matchesText(order, location);
}

bool OrderFilter::narrows(const OrderFilter &broader) const
{
    return m_category == broader.m_category && m_product == broader.m_product &&
           m_tag == broader.m_tag && m_orderIds == broader.m_orderIds && m_text.contains(broader.m_text, Qt::CaseInsensitive);
}
