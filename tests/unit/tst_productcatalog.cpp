#include "domain/productcatalog.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

inline char *toString(const ProductOffer &offer)
{
    const QString text = offer.location + u" ["_s + offer.cycles.join(u',') + u']';
    return qstrdup(qPrintable(text));
}

namespace {
// Shaped like GET /user/api/proxies/products: one row per product and location.
const QByteArray exampleCatalog = R"({"success": true, "products": [
    {"name": "Datacenter Proxy", "description": "Fast DC", "location": "DE", "cycles": ["monthly", "quarterly"]},
    {"name": "Datacenter Proxy", "description": "Fast DC", "location": "US", "cycles": ["monthly"]},
    {"name": "ISP Proxy", "description": null, "location": "US", "cycles": ["monthly"]},
    {"name": "Standart Residential Proxy", "description": "Pay per GB", "location": null, "cycles": ["lifetime"]},
    {"name": "Premium Residential Proxy", "cycles": ["lifetime"]},
    {"name": "Unmetered Residential proxy", "description": "Unlimited", "location": null, "cycles": ["daily", "weekly", "monthly"]},
    {"name": "Residential Proxy NEW", "location": null, "cycles": ["monthly"]},
    {"name": "isp proxy", "description": "Static residential IPs", "location": "DE", "cycles": ["monthly", "yearly"]},
    {"name": "Mobile Proxy Plan Name", "description": null, "location": null, "cycles": []}
]})";

ProductCatalog parseExample()
{
    auto result = ProductCatalog::fromJson(TestSupport::doc(exampleCatalog));
    if (!result.ok())
        qFatal("example catalogue rejected: %s", qPrintable(result.error().message()));
    return std::move(result).takeValue();
}

QJsonDocument catalogWithRow1(const QJsonValue &row)
{
    return QJsonDocument(QJsonObject{
        {u"success"_s, true},
        {u"products"_s,
         QJsonArray{
             TestSupport::obj(R"({"name": "ISP Proxy", "location": "US", "cycles": ["monthly"]})"),
             row}}});
}
} // namespace

class TstProductCatalog : public QObject
{
    Q_OBJECT

private slots:
    void mergesRowsByName();
    void offers();
    void locations();
    void cyclesFor_data();
    void cyclesFor();
    void descriptions();
    void kinds_data();
    void kinds();
    void find();
    void trimsNameAndLocation();
    void emptyCatalog();
    void invalid_data();
    void invalid();
    void notAnObject();
    void toJsonRoundTrip();
};

void TstProductCatalog::mergesRowsByName()
{
    const ProductCatalog catalog = parseExample();
    QStringList names;
    for (const Product &p : catalog.products())
        names.append(p.name);
    // Server order, one entry per name; the first spelling seen wins.
    QCOMPARE(names,
             (QStringList{u"Datacenter Proxy"_s, u"ISP Proxy"_s, u"Standart Residential Proxy"_s,
                          u"Premium Residential Proxy"_s, u"Unmetered Residential proxy"_s,
                          u"Residential Proxy NEW"_s, u"Mobile Proxy Plan Name"_s}));
    QVERIFY(!catalog.isEmpty());
}

void TstProductCatalog::offers()
{
    const ProductCatalog catalog = parseExample();
    const QList<Product> &p = catalog.products();
    QCOMPARE(p.at(0).offers, (QList<ProductOffer>{{u"DE"_s, {u"monthly"_s, u"quarterly"_s}},
                                                  {u"US"_s, {u"monthly"_s}}}));
    // "isp proxy" later in the list joins "ISP Proxy".
    QCOMPARE(p.at(1).offers, (QList<ProductOffer>{{u"US"_s, {u"monthly"_s}},
                                                  {u"DE"_s, {u"monthly"_s, u"yearly"_s}}}));
    // Location null: one offer without a location.
    QCOMPARE(p.at(2).offers, (QList<ProductOffer>{{QString(), {u"lifetime"_s}}}));
    QCOMPARE(p.at(3).offers, (QList<ProductOffer>{{QString(), {u"lifetime"_s}}}));
    QCOMPARE(p.at(4).offers,
             (QList<ProductOffer>{{QString(), {u"daily"_s, u"weekly"_s, u"monthly"_s}}}));
    QCOMPARE(p.at(6).offers, (QList<ProductOffer>{{QString(), QStringList()}}));
}

void TstProductCatalog::locations()
{
    const ProductCatalog catalog = parseExample();
    QCOMPARE(catalog.products().at(0).locations(), (QStringList{u"DE"_s, u"US"_s}));
    QCOMPARE(catalog.products().at(1).locations(), (QStringList{u"US"_s, u"DE"_s}));
    QCOMPARE(catalog.products().at(2).locations(), QStringList());
    QCOMPARE(catalog.products().at(4).locations(), QStringList());
}

void TstProductCatalog::cyclesFor_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("DC in DE") << u"Datacenter Proxy"_s << u"DE"_s
                              << QStringList{u"monthly"_s, u"quarterly"_s};
    QTest::newRow("DC in US") << u"Datacenter Proxy"_s << u"US"_s << QStringList{u"monthly"_s};
    QTest::newRow("DC, location case")
        << u"Datacenter Proxy"_s << u"de"_s << QStringList{u"monthly"_s, u"quarterly"_s};
    QTest::newRow("DC, any location: union")
        << u"Datacenter Proxy"_s << QString() << QStringList{u"monthly"_s, u"quarterly"_s};
    QTest::newRow("DC, unknown location") << u"Datacenter Proxy"_s << u"FR"_s << QStringList();
    QTest::newRow("ISP union over merged rows")
        << u"ISP Proxy"_s << QString() << QStringList{u"monthly"_s, u"yearly"_s};
    QTest::newRow("Unmetered") << u"Unmetered Residential proxy"_s << QString()
                               << QStringList{u"daily"_s, u"weekly"_s, u"monthly"_s};
    QTest::newRow("Standart") << u"Standart Residential Proxy"_s << QString()
                              << QStringList{u"lifetime"_s};
    QTest::newRow("no cycles") << u"Mobile Proxy Plan Name"_s << QString() << QStringList();
}

void TstProductCatalog::cyclesFor()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QStringList, expected);
    const ProductCatalog catalog = parseExample();
    const Product *p = catalog.find(product);
    QVERIFY(p);
    QCOMPARE(p->cyclesFor(location), expected);
}

void TstProductCatalog::descriptions()
{
    const ProductCatalog catalog = parseExample();
    QCOMPARE(catalog.find(u"Datacenter Proxy"_s)->description, u"Fast DC"_s);
    // First row null, a later row of the same name has one: it is used.
    QCOMPARE(catalog.find(u"ISP Proxy"_s)->description, u"Static residential IPs"_s);
    QCOMPARE(catalog.find(u"Premium Residential Proxy"_s)->description, QString()); // missing
    QCOMPARE(catalog.find(u"Mobile Proxy Plan Name"_s)->description, QString());    // null
    QCOMPARE(catalog.find(u"Standart Residential Proxy"_s)->description, u"Pay per GB"_s);
}

void TstProductCatalog::kinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ProductKind>("kind");
    QTest::newRow("Datacenter") << u"Datacenter Proxy"_s << ProductKind::Datacenter;
    QTest::newRow("ISP") << u"ISP Proxy"_s << ProductKind::Isp;
    QTest::newRow("Standart (provider spelling)")
        << u"Standart Residential Proxy"_s << ProductKind::ResidentialStandard;
    QTest::newRow("Premium") << u"Premium Residential Proxy"_s << ProductKind::ResidentialPremium;
    QTest::newRow("Unmetered") << u"Unmetered Residential proxy"_s
                               << ProductKind::ResidentialUnmetered;
    QTest::newRow("Residential NEW") << u"Residential Proxy NEW"_s << ProductKind::Other;
    QTest::newRow("Mobile") << u"Mobile Proxy Plan Name"_s << ProductKind::Other;
}

void TstProductCatalog::kinds()
{
    QFETCH(QString, name);
    QFETCH(ProductKind, kind);
    const ProductCatalog catalog = parseExample();
    const Product *p = catalog.find(name);
    QVERIFY(p);
    QCOMPARE(p->kind, kind);
}

void TstProductCatalog::find()
{
    const ProductCatalog catalog = parseExample();
    const Product *dc = catalog.find(u"datacenter PROXY"_s);
    QVERIFY(dc);
    QCOMPARE(dc->name, u"Datacenter Proxy"_s);
    QCOMPARE(catalog.find(u"Nope"_s), nullptr);
    QCOMPARE(catalog.find(QString()), nullptr);
    QCOMPARE(ProductCatalog().find(u"Datacenter Proxy"_s), nullptr);
}

void TstProductCatalog::trimsNameAndLocation()
{
    const auto result = ProductCatalog::fromJson(TestSupport::doc(R"({"products": [
        {"name": " Datacenter Proxy ", "location": " DE ", "cycles": ["monthly"]},
        {"name": "Datacenter Proxy", "location": "US\t", "cycles": ["monthly"]}]})"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().products().size(), 1);
    const Product &p = result.value().products().at(0);
    QCOMPARE(p.name, u"Datacenter Proxy"_s);
    QCOMPARE(p.kind, ProductKind::Datacenter);
    QCOMPARE(p.locations(), (QStringList{u"DE"_s, u"US"_s}));
}

void TstProductCatalog::emptyCatalog()
{
    const auto result =
        ProductCatalog::fromJson(TestSupport::doc(R"({"success": true, "products": []})"));
    SD_VERIFY_OK(result);
    QVERIFY(result.value().isEmpty());
    QCOMPARE(result.value().toJson(), QJsonArray());
    QVERIFY(ProductCatalog().isEmpty());
}

void TstProductCatalog::invalid_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::addColumn<QString>("detail");

    auto row = [](const char *json) { return catalogWithRow1(TestSupport::obj(json)); };
    QTest::newRow("products missing")
        << TestSupport::doc(R"({"success": true})") << u"field 'products' is missing"_s;
    QTest::newRow("products null")
        << TestSupport::doc(R"({"products": null})") << u"field 'products' is null"_s;
    QTest::newRow("products object")
        << TestSupport::doc(R"({"products": {}})") << u"field 'products' is not a list"_s;
    QTest::newRow("row is a string")
        << catalogWithRow1(u"Datacenter Proxy"_s) << u"field 'products[1]' is not an object"_s;
    QTest::newRow("row is null") << catalogWithRow1(QJsonValue(QJsonValue::Null))
                                 << u"field 'products[1]' is not an object"_s;
    QTest::newRow("name missing") << row(R"({"location": "DE", "cycles": []})")
                                  << u"field 'products[1].name' is missing"_s;
    QTest::newRow("name null") << row(R"({"name": null, "cycles": []})")
                               << u"field 'products[1].name' is null"_s;
    QTest::newRow("name number") << row(R"({"name": 7, "cycles": []})")
                                 << u"field 'products[1].name' is not a string"_s;
    QTest::newRow("name empty") << row(R"({"name": "", "cycles": []})")
                                << u"field 'products[1].name' is empty"_s;
    QTest::newRow("name blank") << row(R"({"name": "   ", "cycles": []})")
                                << u"field 'products[1].name' is empty"_s;
    QTest::newRow("cycles missing") << row(R"({"name": "ISP Proxy", "location": "DE"})")
                                    << u"field 'products[1].cycles' is missing"_s;
    QTest::newRow("cycles null") << row(R"({"name": "ISP Proxy", "cycles": null})")
                                 << u"field 'products[1].cycles' is null"_s;
    QTest::newRow("cycles a string") << row(R"({"name": "ISP Proxy", "cycles": "monthly"})")
                                     << u"field 'products[1].cycles' is not a list"_s;
    QTest::newRow("cycle a number") << row(R"({"name": "ISP Proxy", "cycles": [30]})")
                                    << u"field 'products[1].cycles[0]' is not a string"_s;
    QTest::newRow("cycle null") << row(R"({"name": "ISP Proxy", "cycles": ["monthly", null]})")
                                << u"field 'products[1].cycles[1]' is not a string"_s;
    QTest::newRow("cycle an object")
        << row(R"({"name": "ISP Proxy", "cycles": ["monthly", "yearly", {"name": "daily"}]})")
        << u"field 'products[1].cycles[2]' is not a string"_s;
    QTest::newRow("location number")
        << row(R"({"name": "ISP Proxy", "location": 49, "cycles": []})")
        << u"field 'products[1].location' is not a string"_s;
    QTest::newRow("description array")
        << row(R"({"name": "ISP Proxy", "description": [], "cycles": []})")
        << u"field 'products[1].description' is not a string"_s;
}

void TstProductCatalog::invalid()
{
    QFETCH(QJsonDocument, document);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(ProductCatalog::fromJson(document), detail);
}

void TstProductCatalog::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(
        ProductCatalog::fromJson(TestSupport::doc(R"([{"name": "ISP Proxy", "cycles": []}])")),
        u"the product list is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(ProductCatalog::fromJson(QJsonDocument()),
                             u"the product list is not a JSON object"_s);
}

void TstProductCatalog::toJsonRoundTrip()
{
    const ProductCatalog catalog = parseExample();
    const QJsonArray rows = catalog.toJson();
    QCOMPARE(rows.size(), 9);
    QCOMPARE(
        rows.at(0).toObject(),
        TestSupport::obj(
            R"({"name": "Datacenter Proxy", "description": "Fast DC", "location": "DE", "cycles": ["monthly", "quarterly"]})"));
    QCOMPARE(
        rows.at(4).toObject(),
        TestSupport::obj(
            R"({"name": "Standart Residential Proxy", "description": "Pay per GB", "location": null, "cycles": ["lifetime"]})"));

    const auto again = ProductCatalog::fromJson(QJsonDocument(QJsonObject{{u"products"_s, rows}}));
    SD_VERIFY_OK(again);
    QCOMPARE(again.value().products(), catalog.products());
}

QTEST_GUILESS_MAIN(TstProductCatalog)

#include "tst_productcatalog.moc"
