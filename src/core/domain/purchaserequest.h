#pragma once

#include "productkind.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

// What to buy. The contract's purchase `oneOf` is ambiguous, so the body carries exactly the
// fields of the product's own shape, and an incomplete request is refused before anything is
// sent.
class PurchaseRequest final
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseRequest)

public:
    PurchaseRequest() = default;
    explicit PurchaseRequest(const QString &product);

    QString product() const { return m_product; }
    ProductKind kind() const { return m_kind; }
    QString location() const { return m_location; }
    QString cycle() const { return m_cycle; }
    qint64 quantity() const { return m_quantity; }
    QString promoCode() const { return m_promoCode; }
    bool autoRenewal() const { return m_autoRenewal; }
    // p0f signature slots bought with the order (the `p0f_slots` add-on); 0 for none.
    qint64 p0fSlots() const { return m_p0fSlots; }

    void setProduct(const QString &product);
    void setLocation(const QString &location) { m_location = location.trimmed(); }
    void setCycle(const QString &cycle) { m_cycle = cycle.trimmed(); }
    void setQuantity(qint64 quantity) { m_quantity = quantity; }
    void setPromoCode(const QString &code) { m_promoCode = code.trimmed(); }
    void setAutoRenewal(bool on) { m_autoRenewal = on; }
    void setP0fSlots(qint64 slotCount) { m_p0fSlots = slotCount; }

    // Empty when the request is complete for its product; otherwise a sentence for a person.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    // The purchase body of the product's shape. Only meaningful when isValid().
    QJsonObject toJson() const;
    // The query of GET /orders/calculate for the same choice.
    QUrlQuery toQuoteQuery() const;
    // The `addons` of the body: empty when nothing is added.
    QJsonArray addons() const;

private:
    QString m_product;
    ProductKind m_kind = ProductKind::Other;
    QString m_location;
    QString m_cycle;
    qint64 m_quantity = 1;
    QString m_promoCode;
    bool m_autoRenewal = false;
    qint64 m_p0fSlots = 0;
};
