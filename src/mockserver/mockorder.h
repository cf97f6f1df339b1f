#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// One order as the mock stores it. The list endpoint serves a subset of these fields, the detail
// endpoint most of them; `location` stays internal because the real API never returns it.
struct MockOrder
{
    enum class Status { Active, OnHold, Cancelled };

    // How the timestamps of this order are written. The real service mixes "Z", "+00:00" and
    // (rarely) no offset at all; the client must read all three.
    enum class TimeStyle { Zulu, PlusZero, NoOffset };

    qint64 orderId = 0;
    int productId = 0;
    QString productName;
    QString location; // empty for products without a location
    int cycleId = 0;
    QString cycleName;
    int quantity = 1;
    qint64 pricePaidCents = 0;
    Status status = Status::Active;
    qint64 createdAt = 0;            // seconds since the epoch, UTC
    std::optional<qint64> expiresAt; // seconds since the epoch, UTC; none for lifetime
    QString promoCode;               // empty: null
    std::optional<bool> autoRenewal; // none: product without auto-renewal
    std::optional<QString> tag;      // none: null; the provider's literal "none" is possible
    TimeStyle timeStyle = TimeStyle::Zulu;
    // The p0f signature slots add-on (Datacenter and ISP): active now, active after the next
    // renewal (fewer: a downgrade or cancel is pending), and the price paid per slot and period.
    int p0fSlots = 0;
    int p0fSlotsNext = 0;
    qint64 p0fSlotPriceCents = 0;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(QStringView name);
    // ISO 8601 in the given style, e.g. "2026-11-27T10:00:00Z"; fast (no QDateTime).
    static QString formatTime(qint64 secsSinceEpoch, TimeStyle style);
};
