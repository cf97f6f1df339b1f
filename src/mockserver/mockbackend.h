#pragma once

#include "mockcatalog.h"
#include "mockrequest.h"
#include "mockresponse.h"
#include "mockstate.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The ProxyShard User API as pure logic: a request value in, a response value out, no sockets.
// It is as strict as a validating server (unknown fields, wrong types and missing bodies are
// refused with the provider's messages), keeps its state for its lifetime and is cheap to copy
// (implicitly shared data), which is how "what would the server have answered" is computed
// without side effects.
class MockBackend final
{
public:
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

    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    PagingMode pagingMode() const { return m_pagingMode; }
    void setPagingMode(PagingMode mode) { m_pagingMode = mode; }
    // Off: /orders/calculate answers 404, like deployments older than contract 1.1.0.
    bool calculateEnabled() const { return m_calculateEnabled; }
    void setCalculateEnabled(bool enabled) { m_calculateEnabled = enabled; }

    // The clock for new expiries; 0 (default) follows the wall clock.
    void setNow(qint64 secsSinceEpoch) { m_fixedNow = secsSinceEpoch; }
    qint64 now() const;

    // Back to the demo catalogue and balance with freshly generated orders.
    void resetDemoData(int orderCount, quint32 seed);

    MockCatalog &catalog() { return m_catalog; }
    const MockCatalog &catalog() const { return m_catalog; }
    MockState &state() { return m_state; }
    const MockState &state() const { return m_state; }

private:
    struct Quote;

    MockResponse route(const MockRequest &request);
    MockResponse me() const;
    MockResponse products() const;
    MockResponse availableCount() const;
    MockResponse activeProxies(const MockRequest &request) const;
    MockResponse listOrders(const MockRequest &request) const;
    MockResponse orderDetails(qint64 orderId) const;
    MockResponse calculate(const MockRequest &request) const;
    MockResponse purchase(const QJsonObject &body);
    MockResponse renew(qint64 orderId);
    MockResponse setTag(qint64 orderId, const QJsonObject &body);
    MockResponse changeCycle(qint64 orderId, const QJsonObject &body);
    MockResponse editAutoRenewal(qint64 orderId, const MockRequest &request);

    // Validates a purchase (body fields or calculate's query as JSON) and prices it.
    std::optional<MockResponse> validate(const QJsonObject &fields, bool fromQuery,
                                         Quote &quote) const;

    MockCatalog m_catalog;
    MockState m_state;
    QString m_token;
    PagingMode m_pagingMode = PagingMode::Normal;
    bool m_calculateEnabled = true;
    qint64 m_fixedNow = 0;
};
