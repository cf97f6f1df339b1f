// CatalogService over real HTTP, and the wizard's two list models over it (each under
// QAbstractItemModelTester): products merged by name, stock per country, sold-out rows
// disabled, failures reported and retried.

#include "wizardsupport.h"

#include "domain/product.h"
#include "purchase/catalogservice.h"
#include "purchase/countrystockmodel.h"
#include "purchase/productlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace Qt::Literals::StringLiterals;
using namespace WizardTest;

class TestCatalogService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsProductsAndStock();
    void loadProductsAsksForTheProductsAlone();
    void failureIsReportedAndRetried();
    void stockFailureIsNotFatal();
    void productModel();
    void countryModelAndSearch();

private:
    std::unique_ptr<Fixture> m_f;
};

void TestCatalogService::initTestCase()
{
    initApplication("tst_catalogservice");
}

void TestCatalogService::init()
{
    m_f = std::make_unique<Fixture>(5);
}

void TestCatalogService::cleanup()
{
    m_f.reset();
}

void TestCatalogService::loadsProductsAndStock()
{
    CatalogService catalog(&m_f->client);
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    catalog.load();
    QVERIFY(catalog.isLoading());
    catalog.load(); // ignored while loading
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_f->server->requestCount("GET", u"/user/api/proxies/products"_s), 1);

    QStringList names;
    for (const Product &p : catalog.catalog().products()) {
        // The Realistic profile adds a product row with cycles and description null, not sold
        // by the catalogue: listed or not, the others must all be there, in the server's order.
        if (m_f->server->isRealistic() &&
            p.name == QLatin1String(MockBackend::RealisticRules::kOddProductName))
            continue;
        names.append(p.name);
    }
    QCOMPARE(names, (QStringList{u"Datacenter Proxy"_s, u"ISP Proxy"_s,
                                 u"Standart Residential Proxy"_s, u"Premium Residential Proxy"_s,
                                 u"Unmetered Residential proxy"_s, u"Mobile Proxy 4G"_s}));
    QCOMPARE(catalog.product(u"Datacenter Proxy"_s)->locations(),
             (QStringList{u"US"_s, u"DE"_s, u"GB"_s, u"NL"_s, u"FR"_s, u"JP"_s}));

    QVERIFY(catalog.isStockKnown());
    QCOMPARE(catalog.stockFor(ProductKind::Datacenter, u"DE"_s), 1200);
    QCOMPARE(catalog.stockFor(ProductKind::Datacenter, u"FR"_s), 0);
    QCOMPARE(catalog.stockFor(ProductKind::Isp, u"GB"_s), 0);
    QCOMPARE(catalog.stockFor(ProductKind::Isp, u"JP"_s), -1); // no row: unknown
    QCOMPARE(catalog.stockFor(ProductKind::ResidentialPremium, u"DE"_s), -1);

    // Stock is live: a reload sees the server's new numbers.
    m_f->server->setStock(u"DE"_s, u"dc"_s, 7);
    QSignalSpy updated(&catalog, &CatalogService::stockUpdated);
    catalog.reloadStock();
    QVERIFY(updated.wait(10000));
    QCOMPARE(catalog.stockFor(ProductKind::Datacenter, u"DE"_s), 7);
}

void TestCatalogService::loadProductsAsksForTheProductsAlone()
{
    // sharddesk-cli's `products`: the catalogue without the stock, by the same reading.
    CatalogService catalog(&m_f->client);
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    QSignalSpy stockUpdated(&catalog, &CatalogService::stockUpdated);
    catalog.loadProducts();
    QVERIFY(catalog.isLoading());
    catalog.load(); // ignored while loading
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.size(), 1);
    QVERIFY(catalog.isLoaded());
    QVERIFY(catalog.product(u"Datacenter Proxy"_s));
    QCOMPARE(m_f->server->requestCount("GET", u"/user/api/proxies/products"_s), 1);
    QCOMPARE(m_f->server->requestCount("GET", u"/user/api/proxies/available-count"_s), 0);
    QCOMPARE(stockUpdated.size(), 0);
    QVERIFY(!catalog.isStockKnown());

    // A failure ends it as for load().
    MockFault broken =
        MockFault::make(MockFault::Kind::Forbidden403, u"/user/api/proxies/products"_s, "GET");
    m_f->server->addFault(broken);
    QSignalSpy failed(&catalog, &CatalogService::catalogFailed);
    catalog.loadProducts();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Forbidden);
    QVERIFY(!catalog.isLoading());
    QVERIFY(catalog.isLoaded()); // the catalogue loaded before stays
}

void TestCatalogService::failureIsReportedAndRetried()
{
    MockFault broken =
        MockFault::make(MockFault::Kind::Server500, u"/user/api/proxies/products"_s, "GET");
    broken.count = -1;
    m_f->server->addFault(broken);
    CatalogService catalog(&m_f->client);
    QSignalSpy failed(&catalog, &CatalogService::catalogFailed);
    catalog.load();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Server);
    QVERIFY(!catalog.isLoaded());
    QVERIFY(!catalog.isLoading());

    m_f->server->clearFaults();
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    catalog.load();
    QVERIFY(loaded.wait(10000));
    QVERIFY(catalog.isLoaded());
}

void TestCatalogService::stockFailureIsNotFatal()
{
    MockFault broken =
        MockFault::make(MockFault::Kind::Server500, u"/user/api/proxies/available-count"_s, "GET");
    broken.count = -1;
    m_f->server->addFault(broken);
    CatalogService catalog(&m_f->client);
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    QSignalSpy stockFailed(&catalog, &CatalogService::stockFailed);
    catalog.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(stockFailed.size(), 1);
    QVERIFY(!catalog.isStockKnown());
    QCOMPARE(catalog.stockFor(ProductKind::Datacenter, u"DE"_s), -1);
}

void TestCatalogService::productModel()
{
    CatalogService catalog(&m_f->client);
    ProductListModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    catalog.load();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(reset.size(), 1);
    // 6 products (and the Realistic profile's extra row, if the catalogue lists it).
    const int odd =
        m_f->server->isRealistic() &&
                catalog.product(QLatin1String(MockBackend::RealisticRules::kOddProductName))
            ? 1
            : 0;
    QCOMPARE(model.rowCount(), 6 + odd);
    QCOMPARE(model.columnCount(), int(ProductListModel::ColumnCount));
    const int row = model.rowOf(u"isp proxy"_s);
    QCOMPARE(row, 1);
    QCOMPARE(model.index(row, ProductListModel::NameColumn).data().toString(), u"ISP Proxy"_s);
    QVERIFY(model.index(row, ProductListModel::DescriptionColumn)
                .data()
                .toString()
                .startsWith(u"Static residential"_s));
    QCOMPARE(model.index(row, ProductListModel::DescriptionColumn)
                 .data(ProductListModel::NameRole)
                 .toString(),
             u"ISP Proxy"_s);
    QCOMPARE(model.productAt(99), nullptr);
}

void TestCatalogService::countryModelAndSearch()
{
    CatalogService catalog(&m_f->client);
    QSignalSpy loaded(&catalog, &CatalogService::catalogLoaded);
    catalog.load();
    QVERIFY(loaded.wait(10000));

    CountryStockModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProduct(catalog.product(u"Datacenter Proxy"_s));
    QCOMPARE(model.rowCount(), 6);
    const int de = model.rowOf(u"DE"_s);
    const int fr = model.rowOf(u"FR"_s);
    QCOMPARE(model.index(de, CountryStockModel::CountryColumn).data().toString(), u"Germany"_s);
    QCOMPARE(model.index(de, CountryStockModel::CodeColumn).data().toString(), u"DE"_s);
    QCOMPARE(model.index(de, CountryStockModel::StockColumn).data().toString(),
             u"1,200 available"_s);
    QCOMPARE(model.index(de, 0).data(CountryStockModel::StockRole).toLongLong(), 1200);
    QVERIFY(model.flags(model.index(de, 0)) & Qt::ItemIsSelectable);
    // Sold out: listed, not selectable.
    QCOMPARE(model.index(fr, CountryStockModel::StockColumn).data().toString(), u"sold out"_s);
    QVERIFY(!(model.flags(model.index(fr, 0)) & Qt::ItemIsEnabled));
    QVERIFY(!(model.flags(model.index(fr, 0)) & Qt::ItemIsSelectable));

    // Live stock: a row that sells out changes in place, with a precise signal.
    m_f->server->setStock(u"DE"_s, u"dc"_s, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&catalog, &CatalogService::stockUpdated);
    catalog.reloadStock();
    QVERIFY(updated.wait(10000));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), de);
    QVERIFY(!(model.flags(model.index(de, 0)) & Qt::ItemIsSelectable));

    // Search by name or code, through a proxy as the page does it.
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CountryStockModel::SearchRole);
    proxy.setFilterKeyColumn(CountryStockModel::CountryColumn);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"japan"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(u"nl"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(CountryStockModel::CodeRole).toString(), u"NL"_s);
    proxy.setFilterFixedString(u"available"_s); // the stock text is not searched
    QCOMPARE(proxy.rowCount(), 0);

    // ISP: its own stock code.
    model.setProduct(catalog.product(u"ISP Proxy"_s));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.stockAt(model.rowOf(u"US"_s)), 300);
    QCOMPARE(CountryStockModel::countryName(u"GB"_s), u"United Kingdom"_s);
    QCOMPARE(CountryStockModel::countryName(u"ZZ"_s), u"ZZ"_s);
}

QTEST_MAIN(TestCatalogService)
#include "tst_catalogservice.moc"
