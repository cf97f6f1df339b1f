#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One thing that changed between two syncs, as the activity log keeps it. The API has no
// history: ChangeDetector derives these by comparing what we stored with what the server says.
struct ActivityEntry
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEntry)

public:
    // The numbers are stored in the local database: never renumber, only append.
    enum class Kind : quint8 {
        NewOrder = 1,
        OnHold = 2,
        Renewed = 3, // the expiry moved forward
        Cancelled = 4,
        Expired = 5,
        TagChanged = 6,
        AutoRenewChanged = 7,
        CycleChanged = 8,
        BalanceChanged = 9,
    };

    Kind kind = Kind::NewOrder;
    qint64 orderId = 0; // 0 for BalanceChanged
    QDateTime when;     // UTC
    // What the value was and became, as text (see ChangeDetector for each kind's spelling):
    // tags, cycle names, expiries in ISO 8601 UTC, "true"/"false", balances in cents.
    QString before;
    QString after;

    // Every kind, in the order summaries and filters list them.
    static QList<Kind> allKinds();
    // The word for JSON and the CLI ("new", "on_hold", "renewed", "cancelled", "expired",
    // "tag", "auto_renew", "cycle", "balance"), and back (nullopt for an unknown word).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    // For people: "New order", "On hold" …
    static QString kindLabel(Kind kind);
    // A stored number back to a kind; nullopt for a number this version does not know.
    static std::optional<Kind> kindFromNumber(int number);

    // {"kind": "renewed", "order_id": 12, "when": "2026-…Z", "before": …, "after": …};
    // order_id is null for a balance change, before/after null when empty.
    QJsonObject toJson() const;

    friend bool operator==(const ActivityEntry &, const ActivityEntry &) = default;
};

Q_DECLARE_METATYPE(ActivityEntry)
