// The pure decisions behind the wizard: which refusal is which, what a reconcile concludes,
// which page follows which and which page fixes a refusal, and how cycles read.

#include "wizardsupport.h"

#include "domain/product.h"
#include "cyclelabel.h"
#include "purchase/purchaseflow.h"
#include "purchase/purchaserefusal.h"
#include "purchase/reconcilereport.h"

using namespace Qt::Literals::StringLiterals;
using Reason = PurchaseRefusal::Reason;
using Verdict = ReconcileReport::Verdict;

Q_DECLARE_METATYPE(PurchaseRefusal::Reason)

namespace {
Order order(qint64 id, const QString &product)
{
    Order o;
    o.id = id;
    o.productName = product;
    o.cycleName = u"monthly"_s;
    o.status = OrderStatus::Active;
    return o;
}

Product product(const QString &name, const QStringList &locations)
{
    Product p;
    p.name = name;
    p.kind = ProductKinds::fromName(name);
    if (locations.isEmpty())
        p.offers.append(ProductOffer{QString(), {u"monthly"_s}});
    for (const QString &l : locations)
        p.offers.append(ProductOffer{l, {u"monthly"_s}});
    return p;
}
} // namespace

class TestPurchaseLogic final : public QObject
{
    Q_OBJECT

private slots:
    void definiteRefusals_data();
    void definiteRefusals();
    void reasons_data();
    void reasons();
    void reconcileVerdicts();
    void pageOrder();
    void pageToFix();
    void cycleLabels();
};

void TestPurchaseLogic::definiteRefusals_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("definite");
    QTest::newRow("400") << ApiError::Kind::Refused << true;
    QTest::newRow("401") << ApiError::Kind::Unauthorized << true;
    QTest::newRow("403") << ApiError::Kind::Forbidden << true;
    QTest::newRow("404") << ApiError::Kind::NotFound << true;
    QTest::newRow("429") << ApiError::Kind::RateLimited << true;
    QTest::newRow("insecure") << ApiError::Kind::Insecure << true;
    QTest::newRow("timeout") << ApiError::Kind::Timeout << false;
    QTest::newRow("network") << ApiError::Kind::Network << false;
    QTest::newRow("5xx") << ApiError::Kind::Server << false;
    QTest::newRow("unreadable 2xx") << ApiError::Kind::Protocol << false;
    QTest::newRow("cancelled") << ApiError::Kind::Cancelled << false;
}

void TestPurchaseLogic::definiteRefusals()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, definite);
    QCOMPARE(PurchaseRefusal::isDefinite(ApiError(kind, 0, QString())), definite);
}

void TestPurchaseLogic::reasons_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<PurchaseRefusal::Reason>("reason");
    QTest::newRow("balance") << 400 << u"Insufficient balance"_s << Reason::InsufficientBalance;
    QTest::newRow("funds") << 400 << u"Not enough funds on the wallet"_s
                           << Reason::InsufficientBalance;
    QTest::newRow("stock") << 400 << u"Not enough proxies in stock"_s << Reason::OutOfStock;
    QTest::newRow("promo") << 400 << u"Promo code is invalid"_s << Reason::InvalidPromo;
    QTest::newRow("promo before cycle")
        << 400 << u"Promo code is not valid for this billing cycle"_s << Reason::InvalidPromo;
    QTest::newRow("cycle 403") << 403 << u"Cycle is not available"_s << Reason::CycleUnavailable;
    QTest::newRow("any 403") << 403 << u"Forbidden"_s << Reason::CycleUnavailable;
    QTest::newRow("quantity") << 400 << u"Quantity must be at most 100000"_s
                              << Reason::InvalidQuantity;
    QTest::newRow("location") << 400 << u"Location 'XX' is not available for ISP Proxy"_s
                              << Reason::InvalidLocation;
    QTest::newRow("401") << 401 << u"Invalid API key"_s << Reason::SignInNeeded;
    QTest::newRow("other") << 400 << u"Something else"_s << Reason::Other;
}

void TestPurchaseLogic::reasons()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(PurchaseRefusal::Reason, reason);
    QCOMPARE(PurchaseRefusal::reasonFor(ApiError::fromHttpStatus(status, message)), reason);
}

void TestPurchaseLogic::reconcileVerdicts()
{
    OrderStore store;
    store.applySync({order(1, u"Datacenter Proxy"_s), order(2, u"ISP Proxy"_s)});
    PurchaseSnapshot before;
    before.request = PurchaseRequest(u"Datacenter Proxy"_s);
    before.knownOrderIds = {1, 2};
    before.baselineComplete = true;
    before.balanceCents = 1000;

    // Nothing new, balance unchanged: no order was made.
    ReconcileReport r = ReconcileReport::compute(before, store, {}, 1000, {});
    QCOMPARE(r.verdict, Verdict::NoOrder);
    QCOMPARE(r.balanceChangeCents(), std::optional<qint64>(0));

    // Another product's new order does not count; money gone without an order is unclear.
    store.applySync(
        {order(1, u"Datacenter Proxy"_s), order(2, u"ISP Proxy"_s), order(3, u"ISP Proxy"_s)});
    r = ReconcileReport::compute(before, store, {}, 700, {});
    QCOMPARE(r.verdict, Verdict::Unclear);
    QVERIFY(r.newOrderIds.isEmpty());
    QCOMPARE(r.balanceChangeCents(), std::optional<qint64>(-300));

    // New orders of the product, newest first (names compared without case).
    store.applySync({order(1, u"Datacenter Proxy"_s), order(2, u"ISP Proxy"_s),
                     order(4, u"datacenter proxy"_s), order(5, u"Datacenter Proxy"_s)});
    r = ReconcileReport::compute(before, store, {}, 700, {});
    QCOMPARE(r.verdict, Verdict::OrderFound);
    QCOMPARE(r.newOrderIds, (QList<qint64>{5, 4}));
    QCOMPARE(r.orderId(), 5);

    // The balance alone cannot say no: an unknown balance still allows "no order".
    store.applySync({order(1, u"Datacenter Proxy"_s), order(2, u"ISP Proxy"_s)});
    r = ReconcileReport::compute(before, store, {}, std::nullopt,
                                 ApiError(ApiError::Kind::Timeout, 0, QString()));
    QCOMPARE(r.verdict, Verdict::NoOrder);
    QCOMPARE(r.balanceChangeCents(), std::nullopt);

    // No fresh list, or no list before: unclear.
    r = ReconcileReport::compute(before, store, ApiError(ApiError::Kind::Server, 500, QString()),
                                 1000, {});
    QCOMPARE(r.verdict, Verdict::Unclear);
    before.baselineComplete = false;
    r = ReconcileReport::compute(before, store, {}, 1000, {});
    QCOMPARE(r.verdict, Verdict::Unclear);
}

void TestPurchaseLogic::pageOrder()
{
    using namespace PurchaseFlow;
    const Product dc = product(u"Datacenter Proxy"_s, {u"DE"_s, u"US"_s});
    const Product standart = product(u"Standart Residential Proxy"_s, {});
    const Product unmetered = product(u"Unmetered Residential proxy"_s, {});
    const Product mobile = product(u"Mobile Proxy 4G"_s, {});
    const Product mobileWithCountries = product(u"Mobile Proxy 4G"_s, {u"US"_s});

    QCOMPARE(nextPage(ProductPage, &dc), int(LocationPage));
    QCOMPARE(nextPage(LocationPage, &dc), int(CyclePage));
    QCOMPARE(nextPage(CyclePage, &dc), int(OptionsPage));
    QCOMPARE(nextPage(OptionsPage, &dc), int(ReviewPage));
    QCOMPARE(nextPage(ReviewPage, &dc), int(ResultPage));
    QCOMPARE(nextPage(ResultPage, &dc), -1);
    // Lifetime products have no cycle to choose; products without countries no location.
    QCOMPARE(nextPage(ProductPage, &standart), int(OptionsPage));
    QCOMPARE(nextPage(ProductPage, &unmetered), int(CyclePage));
    QCOMPARE(nextPage(ProductPage, &mobile), int(CyclePage));
    // Nothing about the catalogue is hard-coded: a plan listed with countries gets the page.
    QCOMPARE(nextPage(ProductPage, &mobileWithCountries), int(LocationPage));
}

void TestPurchaseLogic::pageToFix()
{
    using namespace PurchaseFlow;
    const Product dc = product(u"Datacenter Proxy"_s, {u"DE"_s});
    const Product premium = product(u"Premium Residential Proxy"_s, {});
    QCOMPARE(PurchaseFlow::pageToFix(Reason::OutOfStock, &dc), LocationPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::OutOfStock, &premium), OptionsPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::InsufficientBalance, &dc), OptionsPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::InvalidPromo, &dc), OptionsPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::CycleUnavailable, &dc), CyclePage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::CycleUnavailable, &premium), OptionsPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::SignInNeeded, &dc), ReviewPage);
    QCOMPARE(PurchaseFlow::pageToFix(Reason::Other, &dc), ReviewPage);
}

void TestPurchaseLogic::cycleLabels()
{
    QCOMPARE(CycleLabel::text(u"monthly"_s), u"Monthly"_s);
    QCOMPARE(CycleLabel::text(u"week"_s), u"1 week"_s);
    QCOMPARE(CycleLabel::text(u"lifetime"_s), u"Lifetime"_s);
    QCOMPARE(CycleLabel::text(u"biweekly"_s), u"biweekly"_s); // unknown: the server's word
    QCOMPARE(CycleLabel::text(u" Monthly "_s), u"Monthly"_s);
    QCOMPARE(CycleLabel::text(QString()), QString());
}

QTEST_MAIN(TestPurchaseLogic)
#include "tst_purchaselogic.moc"
