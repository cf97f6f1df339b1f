#pragma once

#include "domain/orderstatus.h"

#include <QDateTime>
#include <QVariant>

#include <optional>

// How values are spelt in the store's columns, in one place for the writer and the reader.
// The numbers are on disk: never change one, only add.
namespace StoreCodes {
int status(OrderStatus status);
OrderStatus status(int code);

// Epoch seconds (orders: the API's precision) or NULL for an invalid time.
QVariant seconds(const QDateTime &time);
QDateTime fromSeconds(const QVariant &value);
// Epoch milliseconds (sync and activity times) or NULL.
QVariant msecs(const QDateTime &time);
QDateTime fromMsecs(const QVariant &value);

QVariant optional(const std::optional<qint64> &value);
QVariant optional(const std::optional<bool> &value);
std::optional<qint64> optionalInt(const QVariant &value);
std::optional<bool> optionalBool(const QVariant &value);
// NULL for an empty string.
QVariant text(const QString &value);
} // namespace StoreCodes
