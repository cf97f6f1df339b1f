#pragma once

#include <QString>

enum class OrderStatus : quint8 { Unknown, Active, OnHold, Cancelled };

namespace OrderStatuses {
// The API's words: "active", "on-hold", "cancelled" (and "all" for lists).
QString apiName(OrderStatus status);
OrderStatus fromApiName(QStringView name);
} // namespace OrderStatuses
