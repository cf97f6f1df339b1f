#pragma once

#include "activityentry.h"
#include "syncsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

#include <optional>

// What changed between the stored snapshot and a new sync, as activity entries. Pure functions:
// no clock, no I/O, so every rule is tested with hand-made snapshots.
//
// The rules, for an order listed in both snapshots (previous P synced at T0, current C at T1):
//   OnHold      P's status is known and not on-hold, C's is on-hold.   before/after: API words
//   Cancelled   P's status is known and not cancelled, C's is cancelled. before/after: API words
//   Renewed     both expiries known and C's is later.                   before/after: ISO UTC
//   Expired     C's expiry E is known and not later than P's (not renewed; or P's unknown),
//               T0 < E <= T1, and
//               the order is active or on-hold in both: the expiry passed while we were away.
//               `when` is E itself (the others' is T1); before: E in ISO UTC, after empty.
//               An order that the server puts on hold as it expires gets both Expired and
//               OnHold: each is true, and either filter must find it.
//   TagChanged  the tags differ (no tag is empty).                     before/after: the tags
//   AutoRenewChanged  both known and different.                        before/after: true/false
//   CycleChanged      both cycle ids known and different (or, when an id is unknown, both names
//               known and different).                                  before/after: names
// An unknown value (status Unknown, no expiry, auto-renew not given) is never a change: the
// tolerant reader's "unknown" is not news.
// For the account: BalanceChanged when both balances are known and differ; order id 0,
// before/after in cents.
// An order in C only is NewOrder (after: its product name), but only when P was complete:
// otherwise it may just not have been fetched before. No previous snapshot at all (the very
// first sync) yields nothing. An order in P only yields nothing, whatever C's completeness: a
// partial list did not ask for it, and the API gives no reason for an order to vanish.
struct ChangeDetector
{
    Q_DECLARE_TR_FUNCTIONS(ChangeDetector)

public:
    // Entries in C's order, each order's in the order of ActivityEntry::allKinds(); the balance
    // last.
    static QList<ActivityEntry> changes(const std::optional<SyncSnapshot> &previous,
                                        const SyncSnapshot &current);

    // The snapshot to keep after `current`: itself when complete; otherwise `previous` with
    // C's orders updated or added (the orders C did not ask for are kept), C's account and time,
    // and `previous`'s completeness (nothing was removed, nothing was learnt about the rest).
    static SyncSnapshot merged(const std::optional<SyncSnapshot> &previous,
                               const SyncSnapshot &current);

    // One line for people: "3 renewed, 1 on hold, balance −$42.00" ("No changes" for none).
    // Counts per kind in allKinds() order, then the balance's net change.
    static QString summary(const QList<ActivityEntry> &entries, const QLocale &locale = QLocale());
};
