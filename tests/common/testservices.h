#pragma once

// Complete types: tests reach into every service.
#include "alerts/renewalwatch.h"
#include "api/apiclient.h"
#include "auth/tokenstore.h"
#include "purchase/catalogservice.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"
#include "session/appcontext.h"
#include "session/session.h"

#include <QString>
#include <QUrl>

// The services exactly as main() builds them (AppContext), with the key kept in memory and
// retries left on but quick, so a failing call ends within a test's budget. The members name
// the parts the tests reach for.
struct TestServices
{
    explicit TestServices(int timeoutMs = 5000);
    // Pointed at `server` with `token`, as after a sign-in.
    TestServices(const QUrl &server, const QString &token, int timeoutMs = 5000);
    TestServices(const TestServices &) = delete;
    TestServices &operator=(const TestServices &) = delete;

    // The first full sync, as the window does after sign-in; false when it did not end.
    bool sync(int waitMs = 10000);
    // One order's details in the store; false when they did not arrive.
    bool loadDetails(qint64 orderId, int waitMs = 10000);

    AppContext context;
    ApiClient &client;
    Session &session;
    SignInService &signIn;
    AccountService &account;
    OrderStore &store;
    OrderService &orders;
    OrderEditor &editor;
    CatalogService &catalog;
    RenewalWatch &alerts;
    ConnectionStatus &connection;
    TokenStore &tokens;
};
