// GET /user/api/orders: bytes → QJsonDocument → OrdersPage::fromJson(doc, status). A page that
// parses keeps every row, gives each row the tab's status, and survives Order::toJson → parse.

#include "fuzzsupport.h"

#include "domain/orderspage.h"

#include <QJsonArray>
#include <QJsonObject>

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument doc = Fuzz::document(data, size);
    // The tab the page was asked for, from the length: the input stays plain JSON.
    const auto status = static_cast<OrderStatus>(size % 4);
    const ApiResult<OrdersPage> result = OrdersPage::fromJson(doc, status);
    Fuzz::checkOutcome(result);
    if (!result.ok())
        return 0;

    const OrdersPage &page = result.value();
    FUZZ_CHECK(page.orders.size() == doc.object().value(QLatin1String("orders")).toArray().size());
    QJsonArray rows;
    for (const Order &o : page.orders) {
        FUZZ_CHECK(o.status == status);
        FUZZ_CHECK(!o.expiresAt.isValid() || o.expiresAt.timeSpec() == Qt::UTC);
        FUZZ_CHECK(o.tag == o.tag.trimmed());
        rows.append(o.toJson());
    }
    QJsonObject again{{QLatin1String("orders"), rows}};
    if (page.hasNext())
        again.insert(QLatin1String("next"), page.next);
    const ApiResult<OrdersPage> reparsed = OrdersPage::fromJson(QJsonDocument(again), status);
    FUZZ_CHECK(reparsed.ok());
    FUZZ_CHECK(reparsed.value().hasNext() == page.hasNext());
    FUZZ_CHECK(reparsed.value().orders.size() == page.orders.size());
    for (qsizetype i = 0; i < page.orders.size(); ++i) {
        Order expected = page.orders.at(i);
        expected.expiresAt = Fuzz::toSeconds(expected.expiresAt);
        FUZZ_CHECK(reparsed.value().orders.at(i) == expected);
    }
    return 0;
}
