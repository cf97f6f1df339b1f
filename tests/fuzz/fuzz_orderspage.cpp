// GET /user/api/orders: bytes → QJsonDocument → OrdersPage::fromJson(doc, status). A page that
// parses keeps every readable row and counts the others as skipped (issue 12), gives each row
// the tab's status and a positive id, and survives Order::toJson → parse.

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
    const qsizetype listed = doc.object().value(QLatin1String("orders")).toArray().size();
    FUZZ_CHECK(page.rowsListed == listed);
    FUZZ_CHECK(page.orders.size() + page.skipped.count() == listed);
    FUZZ_CHECK(page.skipped.reasons().size() <= qMin(page.skipped.count(), SkippedRows::kReasonsKept));
    FUZZ_CHECK(page.skipped.isEmpty() == page.skipped.summary().isEmpty());
    FUZZ_CHECK(page.nextGiven == doc.object().contains(QLatin1String("next")));
    FUZZ_CHECK(!page.continuesAfter(1) || listed > 0);
    if (page.hasNext() && listed > 0)
        FUZZ_CHECK(page.continuesAfter(1 << 20));
    QJsonArray rows;
    for (const Order &o : page.orders) {
        FUZZ_CHECK(o.id > 0);
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
    FUZZ_CHECK(reparsed.value().skipped.isEmpty());
    for (qsizetype i = 0; i < page.orders.size(); ++i) {
        Order expected = page.orders.at(i);
        expected.expiresAt = Fuzz::toSeconds(expected.expiresAt);
        FUZZ_CHECK(reparsed.value().orders.at(i) == expected);
    }
    return 0;
}
