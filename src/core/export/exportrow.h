#pragma once

#include "domain/order.h"

#include <QString>

#include <optional>

// One order as it is exported: the list row plus what ShardDesk learned beside it. The list
// itself says neither the location nor the price, so both may be unknown.
struct ExportRow
{
    Order order;
    QString location;                     // empty: not known (OrderStore::location)
    std::optional<qint64> pricePaidCents; // none: details not loaded (OrderDetails::pricePaidCents)

    friend bool operator==(const ExportRow &, const ExportRow &) = default;
};
