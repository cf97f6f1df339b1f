#include "domain/productcatalog.h"

#include "testsupport.h"

#include <QJsonArray>
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
    void rowSkipped_data();
    void rowSkipped();
    void tolerated_data();
    void tolerated();
    void cyclesNullKeepsTheOtherProducts();
    void skippedRowsCounted();
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
    QVERIFY(result.value().skipped().isEmpty());
    QCOMPARE(result.value().toJson(), QJsonArray());
    QVERIFY(ProductCatalog().isEmpty());
}

void TstProductCatalog::invalid_data()
{
    QTest::addColumn<QJsonDocument>("document");
    QTest::addColumn<QString>("detail");

    QTest::newRow("products missing")
        << TestSupport::doc(R"({"success": true})") << u"field 'products' is missing"_s;
    QTest::newRow("products null")
        << TestSupport::doc(R"({"products": null})") << u"field 'products' is null"_s;
    QTest::newRow("products object")
        << TestSupport::doc(R"({"products": {}})") << u"field 'products' is not a list"_s;
    QTest::newRow("products a string")
        << TestSupport::doc(R"({"products": "[]"})") << u"field 'products' is not a list"_s;
}

void TstProductCatalog::invalid()
{
    QFETCH(QJsonDocument, document);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(ProductCatalog::fromJson(document), detail);
}

void TstProductCatalog::rowSkipped_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::addColumn<QString>("reason");

    auto row = [](const char *json) { return QJsonValue(TestSupport::obj(json)); };
    QTest::newRow("row is a string")
        << QJsonValue(u"Datacenter Proxy"_s) << u"products[1] is not an object"_s;
    QTest::newRow("row is null") << QJsonValue(QJsonValue::Null) << u"products[1] is not an object"_s;
    QTest::newRow("row is a list")
        << QJsonValue(QJsonArray{1}) << u"products[1] is not an object"_s;
    QTest::newRow("name missing") << row(R"({"location": "DE", "cycles": []})")
                                  << u"field 'products[1].name' is missing"_s;
    QTest::newRow("name null") << row(R"({"name": null, "cycles": []})")
                               << u"field 'products[1].name' is null"_s;
    QTest::newRow("name bool") << row(R"({"name": true, "cycles": []})")
                               << u"field 'products[1].name' is not text"_s;
    QTest::newRow("name object") << row(R"({"name": {"en": "ISP"}, "cycles": []})")
                                 << u"field 'products[1].name' is not text"_s;
    QTest::newRow("name empty") << row(R"({"name": "", "cycles": []})")
                                << u"field 'products[1].name' is empty"_s;
    QTest::newRow("name blank") << row(R"({"name": "   ", "cycles": []})")
                                << u"field 'products[1].name' is empty"_s;
}

void TstProductCatalog::rowSkipped()
{
    // A row without a name is left out and counted; the rest of the catalogue is kept.
    QFETCH(QJsonValue, row);
    QFETCH(QString, reason);
    const auto result = ProductCatalog::fromJson(catalogWithRow1(row));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().products().size(), 1);
    QCOMPARE(result.value().products().at(0).name, u"ISP Proxy"_s);
    QCOMPARE(result.value().skipped().count(), 1);
    QCOMPARE(result.value().skipped().reasons(), QStringList{reason});
}

void TstProductCatalog::tolerated_data()
{
    QTest::addColumn<QJsonValue>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("cycles");

    auto row = [](const char *json) { return QJsonValue(TestSupport::obj(json)); };
    const QString dc = u"Datacenter Proxy"_s;
    QTest::newRow("cycles missing") << row(R"({"name": "Datacenter Proxy", "location": "DE"})")
                                    << dc << QString() << u"DE"_s << QStringList();
    QTest::newRow("cycles null") << row(R"({"name": "Datacenter Proxy", "cycles": null})") << dc
                                 << QString() << QString() << QStringList();
    QTest::newRow("cycles a single string")
        << row(R"({"name": "Datacenter Proxy", "cycles": "monthly"})") << dc << QString()
        << QString() << QStringList{u"monthly"_s};
    QTest::newRow("cycles an object")
        << row(R"({"name": "Datacenter Proxy", "cycles": {"monthly": 1}})") << dc << QString()
        << QString() << QStringList();
    QTest::newRow("cycle a number as text")
        << row(R"({"name": "Datacenter Proxy", "cycles": [30]})") << dc << QString() << QString()
        << QStringList{u"30"_s};
    QTest::newRow("cycle null left out")
        << row(R"({"name": "Datacenter Proxy", "cycles": ["monthly", null]})") << dc << QString()
        << QString() << QStringList{u"monthly"_s};
    QTest::newRow("cycle an object left out")
        << row(R"({"name": "Datacenter Proxy", "cycles": ["monthly", "yearly", {"name": "daily"}]})")
        << dc << QString() << QString() << QStringList{u"monthly"_s, u"yearly"_s};
    QTest::newRow("cycles padded")
        << row(R"({"name": "Datacenter Proxy", "cycles": [" monthly ", ""]})") << dc << QString()
        << QString() << QStringList{u"monthly"_s};
    QTest::newRow("location number as text")
        << row(R"({"name": "Datacenter Proxy", "location": 49, "cycles": []})") << dc << QString()
        << u"49"_s << QStringList();
    QTest::newRow("location object: none")
        << row(R"({"name": "Datacenter Proxy", "location": {}, "cycles": []})") << dc << QString()
        << QString() << QStringList();
    QTest::newRow("description list: none")
        << row(R"({"name": "Datacenter Proxy", "description": [], "cycles": []})") << dc
        << QString() << QString() << QStringList();
    QTest::newRow("description number as text")
        << row(R"({"name": "Datacenter Proxy", "description": 5, "cycles": []})") << dc << u"5"_s
        << QString() << QStringList();
    QTest::newRow("name a number as text") << row(R"({"name": 7, "cycles": ["monthly"]})")
                                           << u"7"_s << QString() << QString()
                                           << QStringList{u"monthly"_s};
}

void TstProductCatalog::tolerated()
{
    QFETCH(QJsonValue, row);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, location);
    QFETCH(QStringList, cycles);

    const auto result = ProductCatalog::fromJson(catalogWithRow1(row));
    SD_VERIFY_OK(result);
    const ProductCatalog &catalog = result.value();
    QVERIFY2(catalog.skipped().isEmpty(), qPrintable(catalog.skipped().summary()));
    QCOMPARE(catalog.products().size(), 2);
    QCOMPARE(catalog.products().at(0).name, u"ISP Proxy"_s);
    const Product &p = catalog.products().at(1);
    QCOMPARE(p.name, name);
    QCOMPARE(p.description, description);
    QCOMPARE(p.offers, (QList<ProductOffer>{{location, cycles}}));
}

void TstProductCatalog::cyclesNullKeepsTheOtherProducts()
{
    // issue 12: a product row with `cycles: null` emptied the catalogue.
    const auto result = ProductCatalog::fromJson(TestSupport::doc(R"({"success": true, "products": [
        {"name": "Datacenter Proxy", "location": "DE", "cycles": ["monthly"]},
        {"name": "Residential Proxy NEW", "location": null, "cycles": null},
        {"name": "ISP Proxy", "location": "US", "cycles": ["monthly", "yearly"]}]})"));
    SD_VERIFY_OK(result);
    const ProductCatalog &catalog = result.value();
    QCOMPARE(catalog.products().size(), 3);
    QVERIFY(catalog.skipped().isEmpty());
    QCOMPARE(catalog.find(u"Datacenter Proxy"_s)->cyclesFor(u"DE"_s), QStringList{u"monthly"_s});
    QCOMPARE(catalog.find(u"ISP Proxy"_s)->cyclesFor(QString()),
             (QStringList{u"monthly"_s, u"yearly"_s}));
    const Product *fresh = catalog.find(u"Residential Proxy NEW"_s);
    QVERIFY(fresh);
    QCOMPARE(fresh->cyclesFor(QString()), QStringList()); // the server decides
}

void TstProductCatalog::skippedRowsCounted()
{
    const auto result = ProductCatalog::fromJson(TestSupport::doc(R"({"products": [
        {"name": "Datacenter Proxy", "cycles": ["monthly"]},
        null,
        {"cycles": ["monthly"]},
        {"name": "", "cycles": []},
        {"name": null},
        {"name": "ISP Proxy", "cycles": ["monthly"]}]})"));
    SD_VERIFY_OK(result);
    const ProductCatalog &catalog = result.value();
    QCOMPARE(catalog.products().size(), 2);
    QCOMPARE(catalog.skipped().count(), 4);
    QCOMPARE(catalog.skipped().reasons(),
             (QStringList{u"products[1] is not an object"_s,
                          u"field 'products[2].name' is missing"_s,
                          u"field 'products[3].name' is empty"_s}));
    QVERIFY(catalog.skipped().summary().startsWith(u"4 row(s) could not be read"_s));

    // Every row unreadable: an empty catalogue, not an error.
    const auto none = ProductCatalog::fromJson(TestSupport::doc(R"({"products": [1, {}]})"));
    SD_VERIFY_OK(none);
    QVERIFY(none.value().isEmpty());
    QCOMPARE(none.value().skipped().count(), 2);
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
