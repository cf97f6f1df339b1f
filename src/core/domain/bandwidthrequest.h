#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class PurchaseRequest;

// Traffic to add to a residential order: POST /orders/{id}/add-bandwidth {amount, promo_code}.
// It spends money, so an incomplete request is refused before anything is sent.
class BandwidthRequest final
{
    Q_DECLARE_TR_FUNCTIONS(BandwidthRequest)

public:
    static constexpr qint64 kMaxGb = 10000;

    BandwidthRequest() = default;
    BandwidthRequest(qint64 orderId, qint64 gb, const QString &promoCode = {});

    qint64 orderId() const { return m_orderId; }
    qint64 gb() const { return m_gb; }
    QString promoCode() const { return m_promoCode; }

    // Empty when the request may be sent; otherwise a sentence for a person.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }
    QJsonObject toJson() const;
    // The price preview of the same traffic: the product's calculate query with the GB as the
    // quantity (the contract has no preview of its own for add-bandwidth).
    PurchaseRequest toQuoteRequest(const QString &product) const;

private:
    qint64 m_orderId = 0;
    qint64 m_gb = 0;
    QString m_promoCode;
};
