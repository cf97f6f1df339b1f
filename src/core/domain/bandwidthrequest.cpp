#include "bandwidthrequest.h"

#include "purchaserequest.h"

BandwidthRequest::BandwidthRequest(qint64 orderId, qint64 gb, const QString &promoCode)
    : m_orderId(orderId), m_gb(gb), m_promoCode(promoCode.trimmed())
{
}

QString BandwidthRequest::validationError() const
{
    if (m_orderId <= 0)
        return tr("Choose an order to add traffic to.");
    if (m_gb < 1)
        return tr("Add at least 1 GB.");
    if (m_gb > kMaxGb)
        return tr("At most %L1 GB can be added at once.").arg(kMaxGb);
    return {};
}

QJsonObject BandwidthRequest::toJson() const
{
    return QJsonObject{{QLatin1String("amount"), m_gb},
                       {QLatin1String("promo_code"),
                        m_promoCode.isEmpty() ? QJsonValue() : QJsonValue(m_promoCode)}};
}

PurchaseRequest BandwidthRequest::toQuoteRequest(const QString &product) const
{
    PurchaseRequest request(product);
    request.setQuantity(m_gb);
    request.setPromoCode(m_promoCode);
    return request;
}
