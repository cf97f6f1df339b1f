#pragma once

#include <QList>
#include <QSet>
#include <QString>

class MockBackend;
struct MockRequest;

// The account changing on its own between two syncs, as a real one does: auto-renewals charged
// at the end of a period, orders running out (on hold), a tag or an auto-renewal switch changed on
// the web dashboard, now and then an order bought there or the wallet topped up. Off by default
// (MockBackend::setDrift); when on, every sync after the first finds one round of such changes,
// chosen deterministically from the seed and the round number (the sync counter), so that a
// client's "what changed" can be shown and tested.
//
// A sync is recognised by what it asks for, not by a client's word: it lists each status tab page
// by page (GET /user/api/orders, each status, offset and limit once) and reads the account
// (GET /user/api/me). A round is applied just before the first request that repeats one of the
// previous sync's pages, or reads the account again once orders were listed since; the rest of
// that sync then sees the changed account. Reading the account twice before any listing (sign-in,
// then the first refresh) changes nothing.
//
// Each round, in this order (orders changed once per round at most):
// - a top-up of the wallet in rounds where (round + seed) % 3 == 1, or when it is below $100;
// - 1–3 auto-renewals: the active orders with auto-renewal on that expire first move their
//   expiry forward one cycle and are charged the renew endpoint's price (MockBackend's
//   renewalCharge/applyRenewal); one the wallet cannot pay runs out instead (on hold, Expired);
// - 1–2 active orders without auto-renewal that expire first run out: on hold, expiry now at the
//   latest;
// - one tag changed (set to another demo tag, or cleared) through the tag endpoint;
// - one Datacenter/ISP order's auto-renewal switched through the edit-auto-renewal endpoint;
// - in rounds where (round + seed) % 3 == 0, an order bought through the purchase endpoint
//   (Datacenter or ISP, in stock; skipped if the wallet cannot pay).
class MockDrift final
{
public:
    enum class Kind { TopUp, Renewed, Expired, TagChanged, AutoRenewFlipped, NewOrder };

    struct Change
    {
        Kind kind = Kind::TopUp;
        qint64 orderId = 0; // 0 for a top-up
        qint64 cents = 0;   // charged (Renewed, NewOrder) or credited (TopUp); 0 otherwise
    };

    struct Round
    {
        int number = 0; // 1: the changes the second sync finds
        QList<Change> changes;
        int count(Kind kind) const;
        qint64 chargedCents() const;
        qint64 creditedCents() const;
    };

    static constexpr qint64 kLowBalanceCents = 10000; // below this, every round tops up

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    quint32 seed() const { return m_seed; }
    void setSeed(quint32 seed) { m_seed = seed; }
    // Forgets the requests seen and the rounds applied (the seed and the switch stay).
    void reset();

    // Bookkeeping for a GET of the account (`listing` false) or of an order list page (true) that
    // passed authentication; true if it begins a new sync, which apply() should then change.
    bool beginsSync(bool listing, const MockRequest &request);
    // Applies the next round to `backend` now and returns it.
    Round apply(MockBackend &backend);

    int rounds() const { return m_rounds; }
    const Round &lastRound() const { return m_last; }

    static QString kindName(Kind kind);

private:
    bool m_enabled = false;
    quint32 m_seed = 1;
    int m_rounds = 0;
    Round m_last;
    // What was asked for since the last round: "me" and one key per list page.
    QSet<QString> m_seen;
    bool m_listedSinceRound = false;
};
