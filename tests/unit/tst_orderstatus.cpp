#include "domain/orderstatus.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstOrderStatus : public QObject
{
    Q_OBJECT

private slots:
    void apiName_data();
    void apiName();
    void fromApiName_data();
    void fromApiName();
    void roundTrip_data();
    void roundTrip();
};

void TstOrderStatus::apiName_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("active") << OrderStatus::Active << u"active"_s;
    QTest::newRow("on-hold") << OrderStatus::OnHold << u"on-hold"_s;
    QTest::newRow("cancelled") << OrderStatus::Cancelled << u"cancelled"_s;
    QTest::newRow("unknown") << OrderStatus::Unknown << u"unknown"_s;
}

void TstOrderStatus::apiName()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, name);
    QCOMPARE(OrderStatuses::apiName(status), name);
}

void TstOrderStatus::fromApiName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<OrderStatus>("status");
    QTest::newRow("active") << u"active"_s << OrderStatus::Active;
    QTest::newRow("ACTIVE") << u"ACTIVE"_s << OrderStatus::Active;
    QTest::newRow("padded active") << u" active\n"_s << OrderStatus::Active;
    QTest::newRow("on-hold") << u"on-hold"_s << OrderStatus::OnHold;
    QTest::newRow("On-Hold") << u"On-Hold"_s << OrderStatus::OnHold;
    QTest::newRow("on_hold") << u"on_hold"_s << OrderStatus::OnHold;
    QTest::newRow("onhold") << u"onhold"_s << OrderStatus::OnHold;
    QTest::newRow("cancelled") << u"cancelled"_s << OrderStatus::Cancelled;
    QTest::newRow("canceled (US)") << u"canceled"_s << OrderStatus::Cancelled;
    QTest::newRow("all") << u"all"_s << OrderStatus::Unknown;
    QTest::newRow("empty") << QString() << OrderStatus::Unknown;
    QTest::newRow("expired") << u"expired"_s << OrderStatus::Unknown;
    QTest::newRow("on hold (space)") << u"on hold"_s << OrderStatus::Unknown;
    QTest::newRow("activated") << u"activated"_s << OrderStatus::Unknown;
}

void TstOrderStatus::fromApiName()
{
    QFETCH(QString, name);
    QFETCH(OrderStatus, status);
    QCOMPARE(OrderStatuses::fromApiName(name), status);
}

void TstOrderStatus::roundTrip_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::newRow("active") << OrderStatus::Active;
    QTest::newRow("on-hold") << OrderStatus::OnHold;
    QTest::newRow("cancelled") << OrderStatus::Cancelled;
    QTest::newRow("unknown") << OrderStatus::Unknown;
}

void TstOrderStatus::roundTrip()
{
    QFETCH(OrderStatus, status);
    QCOMPARE(OrderStatuses::fromApiName(OrderStatuses::apiName(status)), status);
}

QTEST_GUILESS_MAIN(TstOrderStatus)

#include "tst_orderstatus.moc"
