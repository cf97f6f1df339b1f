#pragma once

// Shared helpers of the purchase wizard tests: the services as main() wires them, pointed at an
// in-process MockServer over real loopback HTTP, plus small input and inspection helpers.
// Nothing of the network stack is mocked; nothing sleeps (QTRY_* and QSignalSpy::wait only).

#include "testapplication.h"
#include "testservices.h"

#include "mockserver.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWidget>

#include <memory>

namespace WizardTest {

inline const QString kPurchasePath = QStringLiteral("/user/api/orders/purchase");
inline const QString kCalculatePath = QStringLiteral("/user/api/orders/calculate");

using TestCommon::initApplication;

// A mock server with a small demo account and the services of main() signed in to it.
struct Fixture
{
    explicit Fixture(int orders = 40)
        : server(startedServer(orders)), services(server->url(), server->token()),
          client(services.client), store(services.store), account(services.account),
          orderService(services.orders)
    {
    }
    ~Fixture() { server->releaseHungConnections(); }

    AppContext &app() { return services.context; }

    static std::unique_ptr<MockServer> startedServer(int orders)
    {
        auto server = std::make_unique<MockServer>();
        server->resetDemoData(orders);
        if (!server->listen())
            qFatal("the mock server could not listen");
        return server;
    }

    // The bodies of every purchase POST the server received, in order.
    QList<QJsonObject> purchaseBodies() const
    {
        QList<QJsonObject> out;
        for (const RecordedRequest &r : server->recordedRequests()) {
            if (r.method == "POST" && r.path == kPurchasePath)
                out.append(QJsonDocument::fromJson(r.body).object());
        }
        return out;
    }
    int purchasePosts() const { return server->requestCount("POST", kPurchasePath); }

    std::unique_ptr<MockServer> server;
    TestServices services;
    ApiClient &client;
    OrderStore &store;
    AccountService &account;
    OrderService &orderService;
};

// The first row of `view` whose `column` displays `text` (case-insensitive); invalid if none.
inline QModelIndex findRow(const QAbstractItemView *view, int column, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data().toString().compare(text, Qt::CaseInsensitive) == 0)
            return index;
    }
    return {};
}

// A real mouse click on a row, as a person would do it.
inline void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(index).center());
}

// Keys go where the keyboard would send them: the widget with focus.
inline void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QTest::keyClick(target, k, modifiers);
}

inline void type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

using TestCommon::saveShot;

} // namespace WizardTest
