#pragma once

#include "domain/order.h"

#include <QDateTime>
#include <QSet>
#include <QString>

// What the person wants to see. A value object: the proxy model is driven by it, settings
// persist it, setters report whether anything changed so nothing re-filters for nothing.
class OrderFilter final
{
public:
    enum class Category { All, Active, OnHold, Cancelled, ExpiringSoon };
    static constexpr int expiringSoonDays = 7;

    Category category() const { return m_category; }
    QString product() const { return m_product; }
    // Empty: any tag. untaggedTag(): only orders without a tag.
    QString tag() const { return m_tag; }
    QString text() const { return m_text; }
    static QString untaggedTag();
    // Not empty: only these orders (what an alert was about). Never persisted.
    const QSet<qint64> &orderIds() const { return m_orderIds; }

    bool setCategory(Category category);
    bool setProduct(const QString &product);
    bool setTag(const QString &tag);
    bool setText(const QString &text);
    bool setOrderIds(const QSet<qint64> &ids);

    // Everything but the category and the text: product, tag and the pinned orders.
    bool matchesProductAndTag(const Order &order) const;
    bool matchesText(const Order &order, const QString &location) const;
    static bool inCategory(const Order &order, Category category, qint64 nowMsecs);
    bool matches(const Order &order, const QString &location, qint64 nowMsecs) const;

    // True when every order that matches `this` would also have matched `broader`: the
    // new query only narrows the old one, so only previously visible rows need checking.
    bool narrows(const OrderFilter &broader) const;

    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;

private:
    Category m_category = Category::All;
    QString m_product;
    QString m_tag;
    QString m_text;
    QSet<qint64> m_orderIds;
};
