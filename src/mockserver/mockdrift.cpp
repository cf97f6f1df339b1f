#include "mockdrift.h"

#include "demodatagenerator.h"
#include "mockbackend.h"
#include "mockrequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace {

using Status = MockOrder::Status;

// Ids of the orders `accept` takes, those that expire first first (then by id).
template <typename Accept>
QList<qint64> soonestExpiring(const MockState &state, int count, Accept accept)
{
    QList<std::pair<qint64, qint64>> candidates;
    for (const int index : state.rowsWithStatus(Status::Active)) {
        const MockOrder &o = state.orders().at(index);
        if (o.expiresAt && accept(o))
            candidates.append({*o.expiresAt, o.orderId});
    }
    const qsizetype n = std::min<qsizetype>(count, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + n, candidates.end());
    QList<qint64> ids;
    for (qsizetype i = 0; i < n; ++i)
        ids.append(candidates.at(i).second);
    return ids;
}

// An order runs out: on hold, its expiry now at the latest.
void runOut(MockState &state, qint64 orderId, qint64 now)
{
    MockOrder order = *state.order(orderId);
    order.status = Status::OnHold;
    if (order.expiresAt)
        order.expiresAt = std::min(*order.expiresAt, now);
    state.updateOrder(order);
}

} // namespace

int MockDrift::Round::count(Kind kind) const
{
    return int(std::count_if(changes.cbegin(), changes.cend(),
                             [kind](const Change &c) { return c.kind == kind; }));
}

qint64 MockDrift::Round::chargedCents() const
{
    qint64 sum = 0;
    for (const Change &c : changes) {
        if (c.kind == Kind::Renewed || c.kind == Kind::NewOrder)
            sum += c.cents;
    }
    return sum;
}

qint64 MockDrift::Round::creditedCents() const
{
    qint64 sum = 0;
    for (const Change &c : changes) {
        if (c.kind == Kind::TopUp)
            sum += c.cents;
    }
    return sum;
}

void MockDrift::reset()
{
    m_rounds = 0;
    m_last = Round();
    m_seen.clear();
    m_listedSinceRound = false;
}

bool MockDrift::beginsSync(bool listing, const MockRequest &request)
{
    QString key = u"me"_s;
    if (listing) {
        key = u"orders?"_s + request.queryValue(u"status"_s) + u'&' +
              request.queryValue(u"offset"_s) + u'&' + request.queryValue(u"limit"_s);
    }
    // A page asked for again, or the account read again after a listing: the next sync.
    const bool again = m_seen.contains(key) && m_listedSinceRound;
    if (again) {
        m_seen.clear();
        m_listedSinceRound = false;
    }
    m_seen.insert(key);
    m_listedSinceRound = m_listedSinceRound || listing;
    return again;
}

MockDrift::Round MockDrift::apply(MockBackend &backend)
{
    ++m_rounds;
    const quint32 seedWords[] = {m_seed, quint32(m_rounds), 0x5d1f7u};
    QRandomGenerator random(seedWords, qsizetype(std::size(seedWords)));
    const auto pick = [&random](qsizetype bound) {
        return bound <= 0 ? qsizetype(0) : qsizetype(random.bounded(quint32(bound)));
    };

    MockState &state = backend.m_state;
    const qint64 now = backend.now();
    Round round;
    round.number = m_rounds;
    QSet<qint64> touched;

    // The wallet topped up: before the renewals, as a user who saw the reminder.
    const quint64 phase = quint64(m_rounds) + m_seed;
    if (phase % 3 == 1 || state.balanceCents() < kLowBalanceCents) {
        static constexpr qint64 kAmounts[] = {2500, 5000, 10000, 20000, 50000};
        const qint64 amount = kAmounts[pick(qsizetype(std::size(kAmounts)))];
        state.setBalanceCents(state.balanceCents() + amount);
        round.changes.append({Kind::TopUp, 0, amount});
    }

    // Auto-renewals at the end of a period, through the renew endpoint's pricing.
    const QList<qint64> renewals =
        soonestExpiring(state, 1 + int(pick(3)), [&backend](const MockOrder &o) {
            return o.autoRenewal.value_or(false) && backend.renewalCharge(o).has_value();
        });
    for (const qint64 id : renewals) {
        const MockOrder order = *state.order(id);
        const MockBackend::RenewalCharge charge = *backend.renewalCharge(order);
        touched.insert(id);
        if (state.balanceCents() < charge.total()) {
            runOut(state, id, now); // the auto-renewal could not be paid
            round.changes.append({Kind::Expired, id, 0});
            continue;
        }
        backend.applyRenewal(order, charge, *order.expiresAt);
        round.changes.append({Kind::Renewed, id, charge.total()});
    }

    // Orders without auto-renewal running out.
    const QList<qint64> expiries =
        soonestExpiring(state, 1 + int(pick(2)), [&touched](const MockOrder &o) {
            return !o.autoRenewal.value_or(false) && !touched.contains(o.orderId);
        });
    for (const qint64 id : expiries) {
        touched.insert(id);
        runOut(state, id, now);
        round.changes.append({Kind::Expired, id, 0});
    }

    // A tag changed on the web dashboard, through the tag endpoint.
    QList<qint64> live;
    for (const Status status : {Status::Active, Status::OnHold}) {
        for (const int index : state.rowsWithStatus(status)) {
            const qint64 id = state.orders().at(index).orderId;
            if (!touched.contains(id))
                live.append(id);
        }
    }
    std::sort(live.begin(), live.end());
    if (!live.isEmpty()) {
        const qint64 id = live.at(pick(live.size()));
        const std::optional<QString> current = state.order(id)->tag;
        const QStringList tags = DemoDataGenerator::tags();
        QString tag = tags.at(pick(tags.size()));
        // The provider's "none" is no tag too: clearing it would change nothing a client sees.
        const bool tagged = current && !current->trimmed().isEmpty() &&
                            current->compare(u"none"_s, Qt::CaseInsensitive) != 0;
        if (tagged && pick(5) == 0)
            tag = u"none"_s; // cleared
        else if (current == tag)
            tag = tags.at((tags.indexOf(tag) + 1) % tags.size());
        const QJsonObject body{{u"tag"_s, tag}};
        const MockResponse answer =
            backend.setTag(id, body, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (answer.status / 100 == 2 && state.order(id)->tag != current) {
            touched.insert(id);
            round.changes.append({Kind::TagChanged, id, 0});
        }
    }

    // An auto-renewal switched on the web dashboard, through its endpoint.
    QList<qint64> switchable;
    for (const qint64 id : std::as_const(live)) {
        const MockOrder *o = state.order(id);
        const MockProduct *product = backend.catalog().productById(o->productId);
        if (!touched.contains(id) && o->autoRenewal && product && product->isDatacenterOrIsp())
            switchable.append(id);
    }
    if (!switchable.isEmpty()) {
        const qint64 id = switchable.at(pick(switchable.size()));
        const bool next = !*state.order(id)->autoRenewal;
        const MockRequest request =
            MockRequest::post(u"/user/api/orders/edit-auto-renewal/"_s + QString::number(id) +
                                  (next ? u"?auto_renewal=true"_s : u"?auto_renewal=false"_s),
                              QByteArray());
        if (backend.editAutoRenewal(id, request).status / 100 == 2) {
            touched.insert(id);
            round.changes.append({Kind::AutoRenewFlipped, id, 0});
        }
    }

    // Now and then an order bought on the web dashboard, through the purchase endpoint.
    if (phase % 3 == 0) {
        QList<const MockProduct *> products;
        for (const MockProduct &p : backend.catalog().products()) {
            if (p.isDatacenterOrIsp() && p.hasLocations())
                products.append(&p);
        }
        static constexpr int kQuantities[] = {1, 2, 3, 5, 10};
        const int quantity = kQuantities[pick(qsizetype(std::size(kQuantities)))];
        const MockProduct *product =
            products.isEmpty() ? nullptr : products.at(pick(products.size()));
        QStringList locations;
        if (product) {
            for (const QString &location : product->locations) {
                const int stock = backend.catalog().stock(location, product->code);
                if ((stock < 0 || stock >= quantity) && !product->cycles(location).isEmpty())
                    locations.append(location);
            }
        }
        if (!locations.isEmpty()) {
            const QString location = locations.at(pick(locations.size()));
            const QStringList cycles = product->cycles(location);
            QJsonObject body{{u"product"_s, product->name},
                             {u"location"_s, location},
                             {u"cycle"_s, cycles.at(pick(cycles.size()))},
                             {u"quantity"_s, quantity}};
            if (product->hasAutoRenewal)
                body.insert(u"auto_renewal"_s, pick(2) == 0);
            const qint64 before = state.balanceCents();
            const MockResponse answer =
                backend.purchase(body, QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (answer.status == 200 && !state.orders().isEmpty()) {
                round.changes.append(
                    {Kind::NewOrder, state.orders().last().orderId, before - state.balanceCents()});
            }
        }
    }

    m_last = round;
    return round;
}

QString MockDrift::kindName(Kind kind)
{
    switch (kind) {
    case Kind::TopUp:
        return u"top-up"_s;
    case Kind::Renewed:
        return u"renewed"_s;
    case Kind::Expired:
        return u"expired"_s;
    case Kind::TagChanged:
        return u"tag"_s;
    case Kind::AutoRenewFlipped:
        return u"auto-renewal"_s;
    case Kind::NewOrder:
        return u"new order"_s;
    }
    return QString();
}
