#include "domain/purchaserequest.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
struct Choice
{
    QString product;
    QString location;
    QString cycle;
    qint64 quantity = 1;
    QString promo;
    bool autoRenewal = false;
};

PurchaseRequest make(const Choice &c)
{
    PurchaseRequest r(c.product);
    r.setLocation(c.location);
    r.setCycle(c.cycle);
    r.setQuantity(c.quantity);
    r.setPromoCode(c.promo);
    r.setAutoRenewal(c.autoRenewal);
    return r;
}

// "key=value" per query item, decoded, in order.
QStringList items(const QUrlQuery &query)
{
    QStringList out;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        out.append(key + u'=' + value);
    return out;
}
} // namespace

class TstPurchaseRequest : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void settersTrim();
    void body_data();
    void body();
    void validation_data();
    void validation();
    void changingProductChangesShape();
    void quoteQuery_data();
    void quoteQuery();
    void quoteQueryEncoding_data();
    void quoteQueryEncoding();
    void p0fSlots();
};

void TstPurchaseRequest::defaults()
{
    const PurchaseRequest r;
    QCOMPARE(r.product(), QString());
    QCOMPARE(r.kind(), ProductKind::Other);
    QCOMPARE(r.location(), QString());
    QCOMPARE(r.cycle(), QString());
    QCOMPARE(r.quantity(), qint64(1));
    QCOMPARE(r.promoCode(), QString());
    QCOMPARE(r.autoRenewal(), false);
    QVERIFY(!r.isValid());
}

void TstPurchaseRequest::settersTrim()
{
    PurchaseRequest r(u"  ISP Proxy \n"_s);
    r.setLocation(u" US "_s);
    r.setCycle(u"\tmonthly "_s);
    r.setPromoCode(u"  SAVE10  "_s);
    QCOMPARE(r.product(), u"ISP Proxy"_s);
    QCOMPARE(r.kind(), ProductKind::Isp);
    QCOMPARE(r.location(), u"US"_s);
    QCOMPARE(r.cycle(), u"monthly"_s);
    QCOMPARE(r.promoCode(), u"SAVE10"_s);
}

void TstPurchaseRequest::body_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("promo");
    QTest::addColumn<bool>("autoRenewal");
    QTest::addColumn<QByteArray>("expected");

    // Datacenter / ISP: product, location, cycle, quantity, auto_renewal [, promo_code].
    QTest::newRow("Datacenter")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(10) << QString() << true
        << R"({"product": "Datacenter Proxy", "location": "DE", "cycle": "monthly", "quantity": 10, "auto_renewal": true})"_ba;
    QTest::newRow("Datacenter + promo, auto-renew off")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(1) << u"SAVE10"_s << false
        << R"({"product": "Datacenter Proxy", "location": "DE", "cycle": "monthly", "quantity": 1, "auto_renewal": false, "promo_code": "SAVE10"})"_ba;
    QTest::newRow("ISP")
        << u"ISP Proxy"_s << u"US"_s << u"monthly"_s << qint64(5) << QString() << false
        << R"({"product": "ISP Proxy", "location": "US", "cycle": "monthly", "quantity": 5, "auto_renewal": false})"_ba;
    QTest::newRow("ISP + promo")
        << u"ISP Proxy"_s << u"US"_s << u"quarterly"_s << qint64(2) << u"ISP5"_s << true
        << R"({"product": "ISP Proxy", "location": "US", "cycle": "quarterly", "quantity": 2, "auto_renewal": true, "promo_code": "ISP5"})"_ba;

    // Standart / Premium Residential: product, quantity [, promo_code]; nothing else even if set.
    QTest::newRow("Standart (location, cycle, auto-renew set)")
        << u"Standart Residential Proxy"_s << u"DE"_s << u"monthly"_s << qint64(1) << QString()
        << true << R"({"product": "Standart Residential Proxy", "quantity": 1})"_ba;
    QTest::newRow("Standart + promo")
        << u"Standart Residential Proxy"_s << QString() << QString() << qint64(3) << u"GB3"_s
        << false
        << R"({"product": "Standart Residential Proxy", "quantity": 3, "promo_code": "GB3"})"_ba;
    QTest::newRow("Standard (dictionary spelling)")
        << u"Standard Residential Proxy"_s << QString() << QString() << qint64(2) << QString()
        << false << R"({"product": "Standard Residential Proxy", "quantity": 2})"_ba;
    QTest::newRow("Premium (location, cycle, auto-renew set)")
        << u"Premium Residential Proxy"_s << u"US"_s << u"lifetime"_s << qint64(4) << QString()
        << true << R"({"product": "Premium Residential Proxy", "quantity": 4})"_ba;
    QTest::newRow("Premium + promo")
        << u"Premium Residential Proxy"_s << QString() << QString() << qint64(1) << u"PREM"_s
        << false
        << R"({"product": "Premium Residential Proxy", "quantity": 1, "promo_code": "PREM"})"_ba;

    // Unmetered: product, cycle, auto_renewal [, promo_code]; no quantity, no location.
    QTest::newRow("Unmetered (quantity, location set)")
        << u"Unmetered Residential proxy"_s << u"DE"_s << u"monthly"_s << qint64(5) << QString()
        << true
        << R"({"product": "Unmetered Residential proxy", "cycle": "monthly", "auto_renewal": true})"_ba;
    QTest::newRow("Unmetered + promo")
        << u"Unmetered Residential proxy"_s << QString() << u"weekly"_s << qint64(1) << u"UNL"_s
        << false
        << R"({"product": "Unmetered Residential proxy", "cycle": "weekly", "auto_renewal": false, "promo_code": "UNL"})"_ba;

    // Other plans: product, cycle, quantity [, location] [, promo_code]; never auto_renewal.
    QTest::newRow("Mobile (auto-renew set)")
        << u"Mobile Proxy Plan Name"_s << QString() << u"day"_s << qint64(1) << QString() << true
        << R"({"product": "Mobile Proxy Plan Name", "cycle": "day", "quantity": 1})"_ba;
    QTest::newRow("Residential NEW with location")
        << u"Residential Proxy NEW"_s << u"DE"_s << u"monthly"_s << qint64(2) << QString() << false
        << R"({"product": "Residential Proxy NEW", "cycle": "monthly", "quantity": 2, "location": "DE"})"_ba;
    QTest::newRow("Other + location + promo")
        << u"Mobile Proxy Plan Name"_s << u"GB"_s << u"week"_s << qint64(3) << u"MOB"_s << false
        << R"({"product": "Mobile Proxy Plan Name", "cycle": "week", "quantity": 3, "location": "GB", "promo_code": "MOB"})"_ba;

    // Blank promo codes are not sent.
    QTest::newRow("blank promo dropped")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(1) << u"   "_s << false
        << R"({"product": "Datacenter Proxy", "location": "DE", "cycle": "monthly", "quantity": 1, "auto_renewal": false})"_ba;
}

void TstPurchaseRequest::body()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(qint64, quantity);
    QFETCH(QString, promo);
    QFETCH(bool, autoRenewal);
    QFETCH(QByteArray, expected);

    const PurchaseRequest r = make({product, location, cycle, quantity, promo, autoRenewal});
    QVERIFY2(r.isValid(), qPrintable(r.validationError()));
    QCOMPARE(r.toJson(), TestSupport::obj(expected));
}

void TstPurchaseRequest::validation_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("error"); // empty: valid

    QTest::newRow("no product") << QString() << u"DE"_s << u"monthly"_s << qint64(1)
                                << u"Choose a product."_s;
    QTest::newRow("blank product")
        << u"   "_s << u"DE"_s << u"monthly"_s << qint64(1) << u"Choose a product."_s;
    QTest::newRow("DC without location") << u"Datacenter Proxy"_s << QString() << u"monthly"_s
                                         << qint64(1) << u"Datacenter Proxy needs a location."_s;
    QTest::newRow("DC with blank location") << u"Datacenter Proxy"_s << u"  "_s << u"monthly"_s
                                            << qint64(1) << u"Datacenter Proxy needs a location."_s;
    QTest::newRow("DC without cycle") << u"Datacenter Proxy"_s << u"DE"_s << QString() << qint64(1)
                                      << u"Datacenter Proxy needs a billing cycle."_s;
    QTest::newRow("DC quantity 0") << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(0)
                                   << u"The quantity must be at least 1."_s;
    QTest::newRow("DC quantity -3") << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s
                                    << qint64(-3) << u"The quantity must be at least 1."_s;
    QTest::newRow("DC complete") << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(1)
                                 << QString();
    QTest::newRow("ISP without location") << u"ISP Proxy"_s << QString() << u"monthly"_s
                                          << qint64(1) << u"ISP Proxy needs a location."_s;
    QTest::newRow("ISP without cycle") << u"ISP Proxy"_s << u"US"_s << QString() << qint64(1)
                                       << u"ISP Proxy needs a billing cycle."_s;
    QTest::newRow("Standart, nothing but product")
        << u"Standart Residential Proxy"_s << QString() << QString() << qint64(1) << QString();
    QTest::newRow("Standart quantity 0")
        << u"Standart Residential Proxy"_s << QString() << QString() << qint64(0)
        << u"The quantity must be at least 1."_s;
    QTest::newRow("Premium, nothing but product")
        << u"Premium Residential Proxy"_s << QString() << QString() << qint64(1) << QString();
    QTest::newRow("Unmetered without cycle")
        << u"Unmetered Residential proxy"_s << QString() << QString() << qint64(1)
        << u"Unmetered Residential proxy needs a billing cycle."_s;
    QTest::newRow("Unmetered quantity 0 (not sent)")
        << u"Unmetered Residential proxy"_s << QString() << u"monthly"_s << qint64(0) << QString();
    QTest::newRow("Mobile without cycle")
        << u"Mobile Proxy Plan Name"_s << QString() << QString() << qint64(1)
        << u"Mobile Proxy Plan Name needs a billing cycle."_s;
    QTest::newRow("Mobile without location")
        << u"Mobile Proxy Plan Name"_s << QString() << u"day"_s << qint64(1) << QString();
    QTest::newRow("Mobile quantity 0") << u"Mobile Proxy Plan Name"_s << QString() << u"day"_s
                                       << qint64(0) << u"The quantity must be at least 1."_s;
}

void TstPurchaseRequest::validation()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(qint64, quantity);
    QFETCH(QString, error);

    const PurchaseRequest r = make({product, location, cycle, quantity, QString(), false});
    QCOMPARE(r.validationError(), error);
    QCOMPARE(r.isValid(), error.isEmpty());
}

void TstPurchaseRequest::changingProductChangesShape()
{
    PurchaseRequest r(u"Datacenter Proxy"_s);
    r.setLocation(u"DE"_s);
    r.setCycle(u"monthly"_s);
    r.setQuantity(3);
    QCOMPARE(r.kind(), ProductKind::Datacenter);
    r.setProduct(u"Unmetered Residential proxy"_s);
    QCOMPARE(r.kind(), ProductKind::ResidentialUnmetered);
    QCOMPARE(
        r.toJson(),
        TestSupport::obj(
            R"({"product": "Unmetered Residential proxy", "cycle": "monthly", "auto_renewal": false})"));
    r.setProduct(u"Premium Residential Proxy"_s);
    QCOMPARE(r.kind(), ProductKind::ResidentialPremium);
    QCOMPARE(r.toJson(),
             TestSupport::obj(R"({"product": "Premium Residential Proxy", "quantity": 3})"));
}

void TstPurchaseRequest::quoteQuery_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<QString>("promo");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("Datacenter") << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(10)
                                << QString()
                                << QStringList{u"product=Datacenter Proxy"_s, u"location=DE"_s,
                                               u"cycle=monthly"_s, u"quantity=10"_s};
    QTest::newRow("Datacenter + promo")
        << u"Datacenter Proxy"_s << u"DE"_s << u"monthly"_s << qint64(2) << u"SAVE10"_s
        << QStringList{u"product=Datacenter Proxy"_s, u"location=DE"_s, u"cycle=monthly"_s,
                       u"promo_code=SAVE10"_s, u"quantity=2"_s};
    QTest::newRow("Standart: no location, no cycle")
        << u"Standart Residential Proxy"_s << u"DE"_s << u"monthly"_s << qint64(3) << QString()
        << QStringList{u"product=Standart Residential Proxy"_s, u"quantity=3"_s};
    QTest::newRow("Unmetered: no quantity")
        << u"Unmetered Residential proxy"_s << QString() << u"monthly"_s << qint64(7) << u"UNL"_s
        << QStringList{u"product=Unmetered Residential proxy"_s, u"cycle=monthly"_s,
                       u"promo_code=UNL"_s};
    QTest::newRow("Mobile without location")
        << u"Mobile Proxy Plan Name"_s << QString() << u"day"_s << qint64(1) << QString()
        << QStringList{u"product=Mobile Proxy Plan Name"_s, u"cycle=day"_s, u"quantity=1"_s};
    QTest::newRow("Other with location")
        << u"Residential Proxy NEW"_s << u"DE"_s << u"monthly"_s << qint64(2) << QString()
        << QStringList{u"product=Residential Proxy NEW"_s, u"location=DE"_s, u"cycle=monthly"_s,
                       u"quantity=2"_s};
}

void TstPurchaseRequest::quoteQuery()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(qint64, quantity);
    QFETCH(QString, promo);
    QFETCH(QStringList, expected);

    const PurchaseRequest r = make({product, location, cycle, quantity, promo, false});
    QCOMPARE(items(r.toQuoteQuery()), expected);
}

void TstPurchaseRequest::quoteQueryEncoding_data()
{
    QTest::addColumn<QString>("promo");
    QTest::addColumn<QByteArray>("expectedPromoItem");

    QTest::newRow("plain") << u"SAVE10"_s << "promo_code=SAVE10"_ba;
    QTest::newRow("ampersand and equals") << u"A&B=C"_s << "promo_code=A%26B%3DC"_ba;
    QTest::newRow("percent") << u"50%OFF"_s << "promo_code=50%25OFF"_ba;
    QTest::newRow("space") << u"SPRING SALE"_s << "promo_code=SPRING%20SALE"_ba;
    // A literal '+' left as is is read as a space by form-decoding servers.
    QTest::newRow("plus") << u"VIP+1"_s << "promo_code=VIP%2B1"_ba;
}

void TstPurchaseRequest::quoteQueryEncoding()
{
    QFETCH(QString, promo);
    QFETCH(QByteArray, expectedPromoItem);

    const PurchaseRequest r = make({u"Datacenter Proxy"_s, u"DE"_s, u"1 month"_s, 2, promo, false});
    // Exactly how ApiClient puts the query on the wire.
    QUrl url(u"https://user-api.proxyshard.com/user/api/orders/calculate"_s);
    url.setQuery(r.toQuoteQuery());
    const QByteArray expected = "product=Datacenter%20Proxy&location=DE&cycle=1%20month&" +
                                expectedPromoItem + "&quantity=2";
    QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), expected);
}

void TstPurchaseRequest::p0fSlots()
{
    PurchaseRequest r = make({u"Datacenter Proxy"_s, u"DE"_s, u"monthly"_s, 5, QString(), true});
    QCOMPARE(r.p0fSlots(), qint64(0));
    QVERIFY(!r.toJson().contains(u"addons"_s)); // none bought: no add-on field at all

    r.setP0fSlots(3);
    QVERIFY2(r.isValid(), qPrintable(r.validationError()));
    QCOMPARE(r.toJson().value(u"addons"_s),
             QJsonValue(QJsonArray{QJsonObject{{u"addon_key"_s, u"p0f_slots"_s}, {u"qty"_s, 3}}}));
    // The price preview gets the same add-ons as a JSON array in `addons_json`, fully encoded.
    QCOMPARE(items(r.toQuoteQuery()).last(), uR"(addons_json=[{"addon_key":"p0f_slots","qty":3}])"_s);
    QUrl url(u"https://user-api.proxyshard.com/user/api/orders/calculate"_s);
    url.setQuery(r.toQuoteQuery());
    QVERIFY2(url.query(QUrl::FullyEncoded)
                 .endsWith(u"&addons_json=%5B%7B%22addon_key%22%3A%22p0f_slots%22%2C%22qty%22%3A3%7D%5D"_s),
             qPrintable(url.query(QUrl::FullyEncoded)));

    r.setP0fSlots(-1);
    QCOMPARE(r.validationError(), u"The number of p0f slots cannot be negative."_s);
    r.setP0fSlots(2);
    r.setProduct(u"Premium Residential Proxy"_s);
    QCOMPARE(r.validationError(), u"Premium Residential Proxy takes no p0f slots: they are sold "
                                  "with Datacenter and ISP proxies."_s);
    r.setP0fSlots(0);
    QVERIFY(r.isValid());
    QVERIFY(!r.toQuoteQuery().hasQueryItem(u"addons_json"_s));
}

QTEST_GUILESS_MAIN(TstPurchaseRequest)

#include "tst_purchaserequest.moc"
