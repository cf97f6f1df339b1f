#pragma once

#include "activityentry.h"
#include "order.h"
#include "orderdetails.h"
#include "orderstatus.h"
#include "productkind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

// The figures of the Overview page: where the money went, what the auto-renewals will take from
// the balance, and how the orders divide. Plain values in, plain values out: "today" and the
// time zone are parameters, so the same inputs always give the same figures.
//
// Prices come only with an order's details, which are loaded lazily: an order whose details are
// not known is counted as such (the page says "based on N of M orders"), never guessed.
namespace OverviewFigures {

// The order's loaded details, or null when they are not known.
using DetailsLookup = std::function<const OrderDetails *(qint64 orderId)>;

// What an order cost (base and add-ons) and when it was bought.
struct PricePaid
{
    qint64 cents = 0;
    QDateTime createdAt; // invalid: unknown

    // Nullopt without a base price; add-ons count when known.
    static std::optional<PricePaid> of(std::optional<qint64> baseCents,
                                       std::optional<qint64> addonsCents,
                                       const QDateTime &createdAt);
};
// The price paid as far as it is known: from the loaded details, or from those a local store
// kept from an earlier run (they carry no add-on lines, so they never price a renewal alone).
using PaidLookup = std::function<std::optional<PricePaid>(qint64 orderId)>;
// A PaidLookup over the loaded details only.
PaidLookup paidFromDetails(const DetailsLookup &details);

// Every ProductKind, as an index into the per-family arrays below.
inline constexpr int kFamilyCount = int(ProductKind::Other) + 1;
QList<ProductKind> allFamilies();

// Price paid per month, by product family, for the twelve months up to today's.
struct SpendByMonth
{
    static constexpr int kMonths = 12;

    struct Month
    {
        QDate first; // the month's first day
        std::array<qint64, kFamilyCount> cents{};
        qint64 totalCents() const;
    };

    QList<Month> months; // oldest first; the last one is today's month
    int ordersTotal = 0;
    // Orders whose price and creation date are known (whatever the month they fall in).
    int ordersPriced = 0;
    // Renewals in the activity log within the months shown, and those of them with no known
    // price (their order's details are not loaded).
    int renewals = 0;
    int renewalsUnpriced = 0;

    qint64 totalCents() const;
    qint64 familyCents(ProductKind family) const;
    // The families that spent anything, in ProductKind order.
    QList<ProductKind> families() const;
    // The month that spent the most; nullopt when nothing was spent.
    std::optional<int> busiestMonth() const;
    bool isEmpty() const { return totalCents() == 0; }
};

// An order's price paid (base and add-ons) counts in the month it was created; each renewal of
// the activity log adds the order's renewal estimate from its loaded details (or, failing that,
// its last price paid) in the month it was charged: the old expiry, unless that lies after the
// sync that saw it (an early renewal), then the sync's time.
SpendByMonth spendByMonth(const QList<Order> &orders, const PaidLookup &paid,
                          const DetailsLookup &details, const QList<ActivityEntry> &activity,
                          QDate today, const QTimeZone &zone);

// What auto-renewal will charge on each of the next days, against the balance.
struct RenewalForecast
{
    static constexpr int kDays = 30;

    struct Day
    {
        QDate date;
        qint64 dueCents = 0;
        int orders = 0; // renewing that day, priced or not
        qint64 cumulativeCents = 0;
    };

    QList<Day> days; // today first, kDays of them
    std::optional<qint64> balanceCents;
    // The first day whose renewals the balance cannot pay; nullopt when it covers every one
    // or the balance is unknown.
    std::optional<int> runOutIndex;
    int ordersDue = 0;      // active, auto-renewing, expiring within the days
    int ordersUnpriced = 0; // of those, with no known renewal price

    qint64 totalCents() const;
    std::optional<QDate> runOutDate() const;
    bool isEmpty() const { return ordersDue == 0; }
};

// Active orders with auto-renewal on that expire within the next kDays days, each at its
// renewal estimate, on the day of its expiry (one renewal per order: a daily plan's later ones
// are not foreseen).
RenewalForecast renewalForecast(const QList<Order> &orders, const DetailsLookup &details,
                                std::optional<qint64> balanceCents, QDate today,
                                const QTimeZone &zone);

// Orders counted by status and by product.
struct OrderBreakdown
{
    // The statuses in the order the page lists them.
    static QList<OrderStatus> statuses();

    struct Product
    {
        QString name;                  // empty: the server did not say
        std::array<int, 4> byStatus{}; // indexed by int(OrderStatus)
        int total() const;
        int count(OrderStatus status) const { return byStatus.at(int(status)); }
    };

    QList<Product> products; // most orders first, then by name
    std::array<int, 4> byStatus{};
    int total = 0;

    int count(OrderStatus status) const { return byStatus.at(int(status)); }
    bool isEmpty() const { return total == 0; }
};

OrderBreakdown orderBreakdown(const QList<Order> &orders);

} // namespace OverviewFigures
