#pragma once

#include "demoproxies.h"
#include "mockcatalog.h"
#include "mockdrift.h"
#include "mockrequest.h"
#include "mockresponse.h"
#include "mockstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

class MockJsonWriter;

// The ProxyShard User API as pure logic: a request value in, a response value out, no sockets.
// In the Strict profile (the default) it is as strict as a validating server (unknown fields,
// wrong types and missing bodies are refused with the provider's messages); the Realistic profile
// plays a plausible production deployment instead (see Profile). It keeps its state for its
// lifetime and is cheap to copy (implicitly shared data), which is how "what would the server
// have answered" is computed without side effects.
class MockBackend final
{
public:
    // How tidy the server is. Realistic keeps the state changes and business rules of Strict but
    // answers with the rough edges of a production deployment, all deterministic (RealisticRules):
    // text/plain framework errors for malformed requests, {"detail":...} for 401/404/403-method,
    // pages capped at 50 rows, 400 "offset out of range", nulls and odd types in some fields,
    // unreadable extra rows in the order list, action answers without "success" (tag: 204),
    // lenient purchase bodies (unknown fields ignored), odd product and stock rows, extra fields.
    enum class Profile { Strict, Realistic };

    // Which orders and rows the Realistic profile roughens; tests compute expectations from these.
    struct RealisticRules
    {
        static constexpr int kPageCap = 50; // rows per list page, whatever `limit` asks
        static constexpr int kUnreadableEvery = 97;
        // The order list has an extra row without order_id right after this order.
        static bool hasUnreadableTwin(qint64 orderId) { return orderId % kUnreadableEvery == 0; }
        // List rows: product_id and cycle_id null.
        static bool nullProductAndCycleId(qint64 orderId) { return orderId % 7 == 0; }
        // List rows: cycle_name null.
        static bool nullCycleName(qint64 orderId) { return orderId % 11 == 0; }
        // Details: created_at null.
        static bool nullCreatedAt(qint64 orderId) { return orderId % 5 == 0; }
        // List rows: how expires_at is written when the order has one.
        enum class ExpiryForm { Iso, SpaceNoOffset, EpochSeconds };
        static ExpiryForm listExpiryForm(qint64 orderId)
        {
            switch (orderId % 10) {
            case 3:
                return ExpiryForm::SpaceNoOffset; // "2026-12-24 10:00:00"
            case 6:
                return ExpiryForm::EpochSeconds; // 1797933600
            default:
                return ExpiryForm::Iso;
            }
        }
        // Details: price_paid and quantity as numeric strings ("1200").
        static bool numericStrings(qint64 orderId) { return orderId % 3 == 1; }
        // proxies/active: the row's until is null.
        static bool proxyUntilNull(int index) { return index % 3 == 2; }
        // available-count: this row's amount is a string ("50").
        static bool stockAmountAsString(const QString &country, const QString &productCode)
        {
            return country == u"JP" && productCode == u"dc";
        }
        // The extra product row (cycles and description null) and the unknown stock code.
        static constexpr const char *kOddProductName = "Mobile Proxy";
        static constexpr const char *kUnknownStockCode = "mobile";
        static constexpr const char *kUnknownStockCountry = "PL";
        static constexpr int kUnknownStockAmount = 40;
        // The {"detail"} of proxies/active for an order that is not Datacenter/ISP (403).
        static constexpr const char *kProxiesForbiddenDetail =
            "Proxy list is only available for Datacenter and ISP orders";
        static constexpr const char *kOffsetOutOfRange = "offset out of range";
    };

    // One row of the order list as served: an index into state().orders(), and whether it is
    // the Realistic profile's unreadable twin (order_id null) of that order.
    struct ListedRow
    {
        int index = 0;
        bool unreadable = false;
    };
    // Every row the order list serves for a status tab (nullopt: all), newest first; offsets,
    // page sizes and `count` count these rows. Strict: exactly the orders of the tab.
    QList<ListedRow> listedRows(std::optional<MockOrder::Status> status) const;

    // How the order list pages; everything but Normal is a hostile server for client tests.
    enum class PagingMode {
        Normal,         // next is null once offset + limit reaches the total
        NextNeverNull,  // next always points further; pages past the end are empty
        RepeatPages,    // every offset returns the first page; next keeps advancing forever
        OversizedPages, // limit + 50 rows per page; next advances by the rows sent, null at end
    };

    static constexpr qint64 kDefaultBalanceCents = 250000; // $2,500.00
    static constexpr int kDefaultOrderCount = 240;
    static constexpr quint32 kDefaultSeed = 1;

    // The demo account: demo catalogue, kDefaultOrderCount orders from kDefaultSeed, token "demo".
    MockBackend();

    MockResponse handle(const MockRequest &request);

    Profile profile() const { return m_profile; }
    void setProfile(Profile profile) { m_profile = profile; }
    bool isRealistic() const { return m_profile == Profile::Realistic; }
    // "strict" / "realistic" (case-insensitive); nullopt for anything else.
    static std::optional<Profile> profileFromName(QStringView name);
    static QString profileName(Profile profile);

    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    PagingMode pagingMode() const { return m_pagingMode; }
    void setPagingMode(PagingMode mode) { m_pagingMode = mode; }
    // Off: /orders/calculate answers 404, like deployments older than contract 1.1.0.
    bool calculateEnabled() const { return m_calculateEnabled; }
    void setCalculateEnabled(bool enabled) { m_calculateEnabled = enabled; }

    // Demo mode with a MockProxyServer: proxies/active lists 127.0.0.1 with its ports and a user
    // name per proxy (see DemoProxies), in both profiles. Without it (the default) rows keep
    // their documentation addresses (RFC 5737) and one user name per order.
    void setDemoProxies(const DemoProxies &proxies) { m_demoProxies = proxies; }
    void clearDemoProxies() { m_demoProxies.reset(); }
    const std::optional<DemoProxies> &demoProxies() const { return m_demoProxies; }

    // The clock for new expiries; 0 (default) follows the wall clock.
    void setNow(qint64 secsSinceEpoch) { m_fixedNow = secsSinceEpoch; }
    qint64 now() const;

    // Back to the demo catalogue and balance with freshly generated orders; the drift (below)
    // starts counting syncs anew, from the same seed as the data.
    void resetDemoData(int orderCount, quint32 seed);

    // Drift (off by default): every sync after the first finds the account changed on its own,
    // deterministically from the drift seed and the sync counter — auto-renewals charged, orders
    // on hold, a tag and an auto-renewal changed, now and then a new order or a top-up. See
    // MockDrift for what a sync is and what each round changes.
    void setDrift(bool on) { m_drift.setEnabled(on); }
    bool isDrifting() const { return m_drift.isEnabled(); }
    void setDriftSeed(quint32 seed) { m_drift.setSeed(seed); }
    const MockDrift &drift() const { return m_drift; }
    // Applies the next round now, whether drift is on or not (tests, and a server that wants one).
    MockDrift::Round driftNow() { return m_drift.apply(*this); }

    MockCatalog &catalog() { return m_catalog; }
    const MockCatalog &catalog() const { return m_catalog; }
    MockState &state() { return m_state; }
    const MockState &state() const { return m_state; }

private:
    friend class MockDrift; // changes the account through the endpoints' own code
    struct Quote;
    // What renewing an order for one more period costs: its cycle's price for its quantity with
    // its promo code, plus the add-ons of the next period. Nullopt: the product no longer offers
    // the order's location and cycle.
    struct RenewalCharge
    {
        qint64 price = 0;
        qint64 addons = 0;
        qint64 total() const { return price + addons; }
    };
    std::optional<RenewalCharge> renewalCharge(const MockOrder &order) const;
    // Charges `charge` and starts the order's next period at `periodStart` (the renew endpoint:
    // now; an auto-renewal: the old expiry): active, price paid, add-ons of the next period.
    void applyRenewal(MockOrder order, const RenewalCharge &charge, qint64 periodStart);

    MockResponse route(const MockRequest &request);
    MockResponse me() const;
    MockResponse products() const;
    MockResponse availableCount() const;
    MockResponse activeProxies(const MockRequest &request) const;
    MockResponse listOrders(const MockRequest &request) const;
    MockResponse orderDetails(qint64 orderId) const;
    MockResponse calculate(const MockRequest &request) const;
    std::optional<MockResponse> readAddons(const QJsonArray &lines, Quote &quote) const;
    static void writeAddons(MockJsonWriter &w, const MockOrder &o);
    static int p0fSlotsUsed(const MockOrder &o);
    MockResponse purchase(const QJsonObject &body, const QByteArray &rawBody);
    MockResponse renew(qint64 orderId);
    MockResponse setTag(qint64 orderId, const QJsonObject &body, const QByteArray &rawBody);
    MockResponse changeCycle(qint64 orderId, const QJsonObject &body, const QByteArray &rawBody);
    MockResponse editAutoRenewal(qint64 orderId, const MockRequest &request);

    // Validates a purchase (body fields or calculate's query as JSON) and prices it. `rawBody`
    // (empty for a query) places the realistic profile's deserialisation errors.
    std::optional<MockResponse> validate(const QJsonObject &fields, bool fromQuery,
                                         const QByteArray &rawBody, Quote &quote) const;

    // The error shapes that differ between the profiles.
    MockResponse orderNotFound() const;
    MockResponse notFound() const;

    MockCatalog m_catalog;
    MockState m_state;
    QString m_token;
    Profile m_profile = Profile::Strict;
    PagingMode m_pagingMode = PagingMode::Normal;
    bool m_calculateEnabled = true;
    qint64 m_fixedNow = 0;
    std::optional<DemoProxies> m_demoProxies;
    MockDrift m_drift;
};
