// p0f signature slots, the add-on of Datacenter and ISP proxies (issue 15), end to end over
// loopback HTTP against the in-process MockServer: the price preview (addons_json, addons_price,
// total_with_addons) through the services main() builds, a purchase with slots (one POST with the
// add-on line, the wallet charged base + add-ons, the details' add-on line and slot counts), the
// refusals in the server's words, and sharddesk-cli's --p0f-slots, `order` and `proxies` in every
// output format. Runs in both mock profiles.

#include "clirun.h"
#include "integrationsupport.h"
#include "serverrecords.h"
#include "testapplication.h"
#include "testservices.h"

#include "../export/csvreader.h"

#include "clirunner.h"
#include "domain/money.h"
#include "domain/productkind.h"
#include "domain/purchaserequest.h"
#include "mockcatalog.h"
#include "purchase/catalogservice.h"
#include "purchase/purchasecontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;
using State = PurchaseController::State;
using TestCommon::exactRequestCount;

namespace {

const QString kPurchasePath = u"/user/api/orders/purchase"_s;
const QString kCalculatePath = u"/user/api/orders/calculate"_s;
const QString kDatacenter = u"Datacenter Proxy"_s;
const QString kIsp = u"ISP Proxy"_s;
const QString kResidential = u"Standart Residential Proxy"_s;

// The add-on line a purchase with `slotCount` p0f slots carries, exactly.
QJsonArray p0fLine(qint64 slotCount)
{
    return QJsonArray{QJsonObject{{u"addon_key"_s, u"p0f_slots"_s}, {u"qty"_s, slotCount}}};
}

PurchaseRequest request(const QString &product, const QString &location, const QString &cycle,
                        qint64 quantity, qint64 slotCount, const QString &promo = {})
{
    PurchaseRequest r(product);
    r.setLocation(location);
    r.setCycle(cycle);
    r.setQuantity(quantity);
    r.setPromoCode(promo);
    r.setP0fSlots(slotCount);
    return r;
}

} // namespace

class TestP0fAddons final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // (a) the price preview
    void previewPricesTheSlotsApart_data();
    void previewPricesTheSlotsApart();
    // (b) the purchase and the details that follow
    void purchaseSendsOneAddonLineAndChargesBasePlusAddons();
    void renewalEstimateIsWhatRenewCharges();
    // (c) refusals in words for a person
    void residentialSlotsAreRefusedBeforeSending();
    void moreSlotsThanProxiesIsRefusedInTheServersWords();
    // (d) sharddesk-cli
    void cliPriceShowsAddonsInEveryFormat();
    void cliBuyChargesBasePlusAddons();
    void cliBadSlotValuesSendNothing_data();
    void cliBadSlotValuesSendNothing();
    void cliResidentialSlotsSendNoPriceOrPurchase();
    void cliBuyMoreSlotsThanProxiesIsRefused();
    void cliOrderShowsTheAddons();
    void cliProxiesShowTheSignature();
    void cliExecutableRefusesABadSlotCount();

private:
    CliResult cli(const QStringList &args);
    // A seeded active Datacenter/ISP order with slots (the demo gives them by id).
    std::optional<MockOrder> seededWithSlots(bool fewerThanProxies, bool pendingChange) const;
    int calculateGets() const { return exactRequestCount(*m_server, "GET", kCalculatePath); }
    int purchasePosts() const { return exactRequestCount(*m_server, "POST", kPurchasePath); }
    QList<QJsonObject> purchaseBodies() const;

    std::unique_ptr<MockServer> m_server;
};

void TestP0fAddons::initTestCase()
{
    TestCommon::initApplication("tst_p0faddons");
    qRegisterMetaType<QuoteAnswer>();
    qRegisterMetaType<PurchaseController::State>();
}

void TestP0fAddons::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
}

void TestP0fAddons::cleanup()
{
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

CliResult TestP0fAddons::cli(const QStringList &args)
{
    return runCli(QStringList{u"--server"_s, m_server->url().toString()} + args,
                  m_server->token(), 2000);
}

std::optional<MockOrder> TestP0fAddons::seededWithSlots(bool fewerThanProxies,
                                                        bool pendingChange) const
{
    return findOrder(*m_server, [&](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) && o.p0fSlots > 0 &&
               (!fewerThanProxies || o.p0fSlots < o.quantity) &&
               (!pendingChange || o.p0fSlotsNext != o.p0fSlots);
    });
}

QList<QJsonObject> TestP0fAddons::purchaseBodies() const
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        if (r.method == "POST" && r.path == kPurchasePath)
            out.append(QJsonDocument::fromJson(r.body).object());
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// (a) The price preview

void TestP0fAddons::previewPricesTheSlotsApart_data()
{
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("cycle");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QString>("promo");
    QTest::addColumn<int>("percent");

    QTest::newRow("Datacenter DE monthly, 2 of 4") << kDatacenter << u"DE"_s << u"monthly"_s << 4
                                                   << 2 << QString() << 0;
    QTest::newRow("ISP US quarterly, 3 of 3") << kIsp << u"US"_s << u"quarterly"_s << 3 << 3
                                              << QString() << 0;
    // The promo is on the proxies: the slots are not discounted.
    QTest::newRow("Datacenter DE monthly, 2 of 4, MONTHLY20")
        << kDatacenter << u"DE"_s << u"monthly"_s << 4 << 2 << u"MONTHLY20"_s << 20;
    QTest::newRow("Datacenter US weekly, 1 of 1") << kDatacenter << u"US"_s << u"weekly"_s << 1
                                                  << 1 << QString() << 0;
}

void TestP0fAddons::previewPricesTheSlotsApart()
{
    QFETCH(QString, product);
    QFETCH(QString, location);
    QFETCH(QString, cycle);
    QFETCH(int, quantity);
    QFETCH(int, slotCount);
    QFETCH(QString, promo);
    QFETCH(int, percent);

    TestServices s(m_server->url(), m_server->token());
    // The catalogue the wizard reads says this product takes slots.
    QSignalSpy loaded(&s.catalog, &CatalogService::catalogLoaded);
    s.catalog.load();
    QVERIFY(loaded.wait(10000));
    const Product *p = s.catalog.product(product);
    QVERIFY2(p, qPrintable(product));
    QVERIFY(ProductKinds::takesP0fSlots(p->kind));

    QObject owner;
    PurchaseController *controller = s.context.newPurchase(&owner);
    QSignalSpy quoted(controller, &PurchaseController::quoted);
    const PurchaseRequest r = request(product, location, cycle, quantity, slotCount, promo);
    QVERIFY2(r.isValid(), qPrintable(r.validationError()));
    controller->requestQuote(r);
    QVERIFY(quoted.wait(10000));
    const QuoteAnswer answer = quoted.last().at(0).value<QuoteAnswer>();
    QVERIFY2(answer.isPriced(), qPrintable(answer.error.message()));
    QVERIFY(answer.answers(r));

    const MockProduct *mp = m_server->backend().catalog().product(product);
    QVERIFY(mp);
    const qint64 original = mp->unitPrice(location, cycle) * quantity;
    const qint64 finalCents = MockCatalog::applyDiscount(original, percent);
    const qint64 perSlot = MockCatalog::p0fSlotPrice(cycle);
    QVERIFY(perSlot > 0);
    const PriceQuote &q = answer.quote;
    QCOMPARE(q.originalCents, original);
    QCOMPARE(q.finalCents, finalCents);
    QCOMPARE(q.addonsCents, slotCount * perSlot);
    QCOMPARE(q.totalCents, finalCents + slotCount * perSlot);

    // Exactly one preview asked, with the add-on line as JSON in the query; nothing bought.
    QCOMPARE(calculateGets(), 1);
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
    for (const RecordedRequest &rec : m_server->recordedRequests()) {
        if (rec.path != kCalculatePath)
            continue;
        const QJsonDocument sent = QJsonDocument::fromJson(rec.queryValue(u"addons_json"_s).toUtf8());
        QVERIFY2(sent.isArray(), qPrintable(rec.query.toString()));
        QCOMPARE(sent.array(), p0fLine(slotCount));
        QCOMPARE(rec.queryValue(u"quantity"_s), QString::number(quantity));
    }

    // The same choice without slots: no addons_json, no add-ons price.
    PurchaseRequest none = r;
    none.setP0fSlots(0);
    controller->requestQuote(none);
    QVERIFY(quoted.wait(10000));
    const QuoteAnswer plain = quoted.last().at(0).value<QuoteAnswer>();
    QVERIFY2(plain.isPriced(), qPrintable(plain.error.message()));
    QCOMPARE(plain.quote.addonsCents, 0);
    QCOMPARE(plain.quote.totalCents, finalCents);
    QVERIFY(!m_server->recordedRequests().last().hasQueryItem(u"addons_json"_s));
    // Answers for different slot counts never stand in for each other.
    QVERIFY(!plain.answers(r));
}

// ---------------------------------------------------------------------------------------------
// (b) A purchase with slots

void TestP0fAddons::purchaseSendsOneAddonLineAndChargesBasePlusAddons()
{
    TestServices s(m_server->url(), m_server->token());
    QVERIFY(s.sync());
    QObject owner;
    PurchaseController *controller = s.context.newPurchase(&owner);
    QSignalSpy succeeded(controller, &PurchaseController::succeeded);
    QSignalSpy followUp(controller, &PurchaseController::followUpFinished);

    const qint64 balance = m_server->balanceCents();
    const int stock = m_server->stock(u"DE"_s, u"dc"_s);
    const PurchaseRequest r = request(kDatacenter, u"DE"_s, u"monthly"_s, 4, 3);
    QVERIFY(controller->purchase(r));
    QVERIFY(succeeded.wait(10000));
    QCOMPARE(controller->state(), State::Succeeded);
    const qint64 id = controller->orderId();
    QVERIFY(id > 0);

    // Exactly one POST, whose body carries the one add-on line.
    QCOMPARE(purchasePosts(), 1);
    const QList<QJsonObject> bodies = purchaseBodies();
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.first().value(u"addons"_s).toArray(), p0fLine(3));
    QCOMPARE(bodies.first().value(u"quantity"_s).toInteger(), 4);

    // The wallet goes down by the proxies' price plus the slots'.
    const qint64 perSlot = MockCatalog::p0fSlotPrice(u"monthly"_s);
    const qint64 base = m_server->backend().catalog().product(kDatacenter)->unitPrice(u"DE"_s,
                                                                                     u"monthly"_s) *
                        4;
    const std::optional<MockOrder> made = m_server->order(id);
    QVERIFY(made);
    QCOMPARE(made->pricePaidCents, base);
    QCOMPARE(made->p0fSlots, 3);
    QCOMPARE(m_server->balanceCents(), balance - base - 3 * perSlot);
    QCOMPARE(m_server->stock(u"DE"_s, u"dc"_s), stock - 4);
    // ...and the balance the person sees after the follow-up reload says the same.
    if (followUp.isEmpty())
        QVERIFY(followUp.wait(10000));
    QCOMPARE(s.account.account().walletBalanceCents,
             std::optional<qint64>(balance - base - 3 * perSlot));
    QCOMPARE(purchasePosts(), 1);

    // The details show the add-on line, the slot counts and a renewal estimate with the slots.
    QVERIFY(s.loadDetails(id));
    const OrderDetails *d = s.store.details(id);
    QVERIFY(d);
    QCOMPARE(d->pricePaidCents, std::optional<qint64>(base));
    QCOMPARE(d->addonsPricePaidCents, std::optional<qint64>(3 * perSlot));
    QCOMPARE(d->addons.size(), 1);
    const AddonLine &line = d->addons.first();
    QVERIFY(line.isP0fSlots());
    QCOMPARE(line.quantity, std::optional<qint64>(3));
    QCOMPARE(line.pricePerUnitCents, std::optional<qint64>(perSlot));
    QCOMPARE(line.pending, AddonLine::Pending::None);
    QCOMPARE(d->p0fSlotsAvailable, std::optional<qint64>(3));
    QCOMPARE(d->p0fSlotsUsed, std::optional<qint64>(3));
    QCOMPARE(d->p0fSlotsNext, std::optional<qint64>(3));
    QCOMPARE(d->renewalEstimateCents(), std::optional<qint64>(base + 3 * perSlot));
    QVERIFY(d->skippedAddons.isEmpty());
}

// The renewal estimate of the details (base price plus the next period's slots, a pending
// downgrade applied) is what renewing then takes from the wallet.
void TestP0fAddons::renewalEstimateIsWhatRenewCharges()
{
    TestServices s(m_server->url(), m_server->token());
    const PurchaseRequest r = request(kIsp, u"US"_s, u"monthly"_s, 4, 3);
    const auto bought = TestCommon::await<PurchaseResult>(
        [&](QObject *ctx, auto done) { s.client.purchase(r, ctx, done); });
    QVERIFY(bought && bought->ok());
    const qint64 id = bought->value().orderId;
    std::optional<MockOrder> o = m_server->order(id);
    QVERIFY(o);
    // Put on hold with a downgrade to one slot pending, as the provider does at expiry.
    o->status = MockOrder::Status::OnHold;
    o->p0fSlotsNext = 1;
    QVERIFY(m_server->updateOrder(*o));

    QVERIFY(s.loadDetails(id));
    const OrderDetails *d = s.store.details(id);
    QVERIFY(d);
    const qint64 perSlot = MockCatalog::p0fSlotPrice(u"monthly"_s);
    QCOMPARE(d->addons.size(), 1);
    QCOMPARE(d->addons.first().pending, AddonLine::Pending::Downgrade);
    QCOMPARE(d->addons.first().nextQuantity, std::optional<qint64>(1));
    QCOMPARE(d->p0fSlotsAvailable, std::optional<qint64>(3));
    QCOMPARE(d->p0fSlotsUsed, std::optional<qint64>(0)); // on hold: no proxy works
    QCOMPARE(d->p0fSlotsNext, std::optional<qint64>(1));
    QCOMPARE(d->renewalEstimateCents(), std::optional<qint64>(o->pricePaidCents + perSlot));

    const qint64 balance = m_server->balanceCents();
    const auto renewed = TestCommon::await<ActionResult>(
        [&](QObject *ctx, auto done) { s.client.renew(id, ctx, done); });
    QVERIFY2(renewed && renewed->ok(), renewed ? qPrintable(renewed->error().message()) : "none");
    QCOMPARE(balance - m_server->balanceCents(), *d->renewalEstimateCents());
    QCOMPARE(m_server->order(id)->p0fSlots, 1);
}

// ---------------------------------------------------------------------------------------------
// (c) Refusals

void TestP0fAddons::residentialSlotsAreRefusedBeforeSending()
{
    TestServices s(m_server->url(), m_server->token());
    QVERIFY(s.sync());
    m_server->clearRecorded();
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();

    PurchaseRequest r(kResidential);
    r.setQuantity(5);
    r.setP0fSlots(1);
    const QString why = r.validationError();
    QVERIFY(!why.isEmpty());
    QVERIFY2(why.contains(u"p0f"_s) && why.contains(kResidential), qPrintable(why));

    QObject owner;
    PurchaseController *controller = s.context.newPurchase(&owner);
    QSignalSpy refused(controller, &PurchaseController::refused);
    QVERIFY(controller->purchase(r));
    QVERIFY(refused.wait(10000));
    QCOMPARE(controller->state(), State::Refused);
    const ApiError error = controller->error();
    QVERIFY(!error.wasSent());
    QCOMPARE(error.message(), why);
    QCOMPARE(controller->serverMessage(), why);
    QVERIFY(controller->canTryAgain());

    // Nothing reached the server; nothing was spent.
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->orderCount(), orders);

    // The preview is the server's to refuse, in its words.
    QSignalSpy quoted(controller, &PurchaseController::quoted);
    QVERIFY(controller->acknowledge());
    controller->requestQuote(r);
    QVERIFY(quoted.wait(10000));
    const QuoteAnswer answer = quoted.last().at(0).value<QuoteAnswer>();
    QCOMPARE(answer.status, QuoteAnswer::Status::Refused);
    QVERIFY2(answer.error.message().contains(
                 u"p0f slots are only available for Datacenter and ISP proxies"_s),
             qPrintable(answer.error.message()));
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
}

void TestP0fAddons::moreSlotsThanProxiesIsRefusedInTheServersWords()
{
    TestServices s(m_server->url(), m_server->token());
    QVERIFY(s.sync());
    m_server->clearRecorded();
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();
    const QString words = u"At most one p0f slot per proxy: 2 for this order"_s;

    // Locally it is a valid request: the server knows the rule and says it.
    const PurchaseRequest r = request(kDatacenter, u"DE"_s, u"monthly"_s, 2, 3);
    QVERIFY2(r.isValid(), qPrintable(r.validationError()));

    QObject owner;
    PurchaseController *controller = s.context.newPurchase(&owner);
    QSignalSpy quoted(controller, &PurchaseController::quoted);
    controller->requestQuote(r);
    QVERIFY(quoted.wait(10000));
    const QuoteAnswer answer = quoted.last().at(0).value<QuoteAnswer>();
    QCOMPARE(answer.status, QuoteAnswer::Status::Refused);
    QVERIFY2(answer.error.message().contains(words), qPrintable(answer.error.message()));

    QSignalSpy refused(controller, &PurchaseController::refused);
    QVERIFY(controller->purchase(r));
    QVERIFY(refused.wait(10000));
    QCOMPARE(controller->state(), State::Refused);
    QVERIFY(controller->error().wasSent());
    QVERIFY2(controller->serverMessage().contains(words), qPrintable(controller->serverMessage()));
    QCOMPARE(purchasePosts(), 1); // sent once, never retried
    QCOMPARE(purchaseBodies().first().value(u"addons"_s).toArray(), p0fLine(3));
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->orderCount(), orders);
}

// ---------------------------------------------------------------------------------------------
// (d) sharddesk-cli

void TestP0fAddons::cliPriceShowsAddonsInEveryFormat()
{
    const QStringList price{u"price"_s,    u"--product"_s,  kDatacenter, u"--location"_s,
                            u"DE"_s,       u"--cycle"_s,    u"monthly"_s, u"--quantity"_s,
                            u"4"_s,        u"--p0f-slots"_s, u"2"_s};
    const qint64 original =
        m_server->backend().catalog().product(kDatacenter)->unitPrice(u"DE"_s, u"monthly"_s) * 4;
    const qint64 addons = 2 * MockCatalog::p0fSlotPrice(u"monthly"_s);

    const CliResult json = cli(QStringList{u"--format"_s, u"json"_s} + price);
    QVERIFY2(json.done && json.code == 0, qPrintable(json.describe()));
    const QJsonObject o = json.json().object();
    QCOMPARE(o.value(u"final_price"_s).toInteger(), original);
    QCOMPARE(o.value(u"addons_price"_s).toInteger(), addons);
    QCOMPARE(o.value(u"total_with_addons"_s).toInteger(), original + addons);

    const CliResult csv = cli(QStringList{u"--format"_s, u"csv"_s} + price);
    QVERIFY2(csv.done && csv.code == 0, qPrintable(csv.describe()));
    const CsvReader::Result rows = CsvReader::read(csv.out.toUtf8());
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.records.size(), 2);
    const qsizetype addonsColumn = rows.records.at(0).indexOf(u"addons_price"_s);
    const qsizetype totalColumn = rows.records.at(0).indexOf(u"total"_s);
    QVERIFY2(addonsColumn >= 0 && totalColumn >= 0, qPrintable(csv.out));
    QCOMPARE(rows.records.at(1).at(addonsColumn), Money::plain(addons));
    QCOMPARE(rows.records.at(1).at(totalColumn), Money::plain(original + addons));

    const CliResult table = cli(price);
    QVERIFY2(table.done && table.code == 0, qPrintable(table.describe()));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(table.out));
    QVERIFY2(lines.first().contains(u"addons_price"_s), qPrintable(table.out));
    QVERIFY2(lines.last().split(u' ', Qt::SkipEmptyParts).contains(Money::plain(addons)),
             qPrintable(table.out));

    // Three previews, each with the add-on line; nothing bought.
    QCOMPARE(calculateGets(), 3);
    for (const RecordedRequest &r : m_server->recordedRequests()) {
        if (r.path == kCalculatePath)
            QCOMPARE(QJsonDocument::fromJson(r.queryValue(u"addons_json"_s).toUtf8()).array(),
                     p0fLine(2));
    }
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
}

void TestP0fAddons::cliBuyChargesBasePlusAddons()
{
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();
    const CliResult r = cli({u"--format"_s, u"json"_s, u"buy"_s, u"--product"_s, kIsp,
                          u"--location"_s, u"US"_s, u"--cycle"_s, u"quarterly"_s,
                          u"--quantity"_s, u"3"_s, u"--p0f-slots"_s, u"2"_s, u"--yes"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const qint64 id = r.json().object().value(u"order_id"_s).toInteger();
    const std::optional<MockOrder> made = m_server->order(id);
    QVERIFY2(made, qPrintable(r.out));
    QCOMPARE(m_server->orderCount(), orders + 1);
    QCOMPARE(made->quantity, 3);
    QCOMPARE(made->p0fSlots, 2);
    const qint64 base =
        m_server->backend().catalog().product(kIsp)->unitPrice(u"US"_s, u"quarterly"_s) * 3;
    QCOMPARE(made->pricePaidCents, base);
    QCOMPARE(m_server->balanceCents(),
             balance - base - 2 * MockCatalog::p0fSlotPrice(u"quarterly"_s));
    QCOMPARE(purchasePosts(), 1);
    QCOMPARE(purchaseBodies().first().value(u"addons"_s).toArray(), p0fLine(2));
}

void TestP0fAddons::cliBadSlotValuesSendNothing_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("value");
    for (const QString &command : {u"price"_s, u"buy"_s}) {
        for (const QString &value : {u"-1"_s, u"abc"_s, u"1.5"_s, u""_s}) {
            QTest::addRow("%s --p0f-slots '%s'", qPrintable(command), qPrintable(value))
                << command << value;
        }
    }
}

void TestP0fAddons::cliBadSlotValuesSendNothing()
{
    QFETCH(QString, command);
    QFETCH(QString, value);
    QStringList args{command,        u"--product"_s, kDatacenter,  u"--location"_s, u"US"_s,
                     u"--cycle"_s,   u"monthly"_s,   u"--quantity"_s, u"2"_s,
                     u"--p0f-slots"_s, value};
    if (command == u"buy")
        args << u"--yes"_s;
    const qint64 balance = m_server->balanceCents();
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    // One line that names the option and the value, then where the usage is (as every bad
    // value of the CLI): never the whole usage.
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 2, qPrintable(r.describe()));
    QVERIFY2(lines.first().contains(u"--p0f-slots"_s), qPrintable(r.describe()));
    QVERIFY2(lines.first().contains(u'\'' + value + u'\''), qPrintable(r.describe()));
    QVERIFY2(lines.last().contains(u"--help"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"Usage"_s), qPrintable(r.describe()));
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_server->balanceCents(), balance);
}

void TestP0fAddons::cliResidentialSlotsSendNoPriceOrPurchase()
{
    for (const QString &command : {u"price"_s, u"buy"_s}) {
        QStringList args{command, u"--product"_s, kResidential, u"--quantity"_s, u"5"_s,
                         u"--p0f-slots"_s, u"1"_s};
        if (command == u"buy")
            args << u"--yes"_s;
        const CliResult r = cli(args);
        QVERIFY(r.done);
        QVERIFY2(r.code == 2, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"p0f"_s) && r.err.contains(kResidential),
                 qPrintable(r.describe()));
    }
    // At most the catalogue was read: no preview, no purchase.
    QCOMPARE(calculateGets(), 0);
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
}

void TestP0fAddons::cliBuyMoreSlotsThanProxiesIsRefused()
{
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();
    const CliResult r = cli({u"buy"_s, u"--product"_s, kDatacenter, u"--location"_s, u"US"_s,
                          u"--cycle"_s, u"monthly"_s, u"--quantity"_s, u"2"_s, u"--p0f-slots"_s,
                          u"3"_s, u"--yes"_s});
    QVERIFY(r.done);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"At most one p0f slot per proxy: 2 for this order"_s),
             qPrintable(r.describe()));
    QCOMPARE(purchasePosts(), 1);
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->orderCount(), orders);
}

void TestP0fAddons::cliOrderShowsTheAddons()
{
    const std::optional<MockOrder> m = seededWithSlots(false, true);
    QVERIFY2(m, "the demo data has no active Datacenter/ISP order with a pending slot change");
    const QString id = QString::number(m->orderId);

    const CliResult json = cli({u"--format"_s, u"json"_s, u"order"_s, id});
    QVERIFY2(json.done && json.code == 0, qPrintable(json.describe()));
    const QJsonObject o = json.json().object();
    QCOMPARE(o.value(u"addons_price_paid"_s).toInteger(), m->p0fSlots * m->p0fSlotPriceCents);
    QCOMPARE(m->p0fSlotPriceCents, MockCatalog::p0fSlotPrice(m->cycleName));
    QCOMPARE(o.value(u"p0f_slots_available"_s).toInteger(), qint64(m->p0fSlots));
    QCOMPARE(o.value(u"p0f_slots_used"_s).toInteger(), qint64(qMin(m->p0fSlots, m->quantity)));
    QCOMPARE(o.value(u"p0f_slots_next"_s).toInteger(), qint64(m->p0fSlotsNext));
    const QJsonArray addons = o.value(u"addons"_s).toArray();
    QCOMPARE(addons.size(), 1);
    const QJsonObject line = addons.first().toObject();
    QCOMPARE(line.value(u"addon_key"_s).toString(), u"p0f_slots"_s);
    QCOMPARE(line.value(u"qty"_s).toInteger(), qint64(m->p0fSlots));
    QCOMPARE(line.value(u"price_per_unit"_s).toInteger(), m->p0fSlotPriceCents);
    const QJsonObject pending = line.value(u"pending"_s).toObject();
    if (m->p0fSlotsNext == 0) {
        QCOMPARE(pending.value(u"action"_s).toString(), u"cancel"_s);
    } else {
        QCOMPARE(pending.value(u"action"_s).toString(), u"downgrade"_s);
        QCOMPARE(pending.value(u"next_qty"_s).toInteger(), qint64(m->p0fSlotsNext));
    }

    // The table: the add-ons paid and "used/available (next N)".
    const QString slotsText = u"%1/%2 (next %3)"_s.arg(qMin(m->p0fSlots, m->quantity))
                              .arg(m->p0fSlots)
                              .arg(m->p0fSlotsNext);
    const CliResult table = cli({u"order"_s, id});
    QVERIFY2(table.done && table.code == 0, qPrintable(table.describe()));
    bool slotsRow = false;
    bool addonsRow = false;
    for (const QString &row : table.out.split(u'\n')) {
        if (row.startsWith(u"p0f_slots"_s))
            slotsRow = row.trimmed().endsWith(slotsText);
        if (row.startsWith(u"addons_price_paid"_s))
            addonsRow = row.contains(Money::plain(m->p0fSlots * m->p0fSlotPriceCents));
    }
    QVERIFY2(slotsRow, qPrintable(slotsText + u"\n"_s + table.out));
    QVERIFY2(addonsRow, qPrintable(table.out));

    // An order without slots says so plainly: 0/0 and nothing paid for add-ons.
    const std::optional<MockOrder> bare = findOrder(*m_server, [](const MockOrder &x) {
        return x.status == MockOrder::Status::Active && isDatacenterOrIsp(x) && x.p0fSlots == 0;
    });
    QVERIFY(bare);
    const CliResult bareJson = cli({u"--format"_s, u"json"_s, u"order"_s, QString::number(bare->orderId)});
    QVERIFY2(bareJson.done && bareJson.code == 0, qPrintable(bareJson.describe()));
    QCOMPARE(bareJson.json().object().value(u"addons_price_paid"_s).toInteger(-1), 0);
    QCOMPARE(bareJson.json().object().value(u"p0f_slots_available"_s).toInteger(-1), 0);
}

void TestP0fAddons::cliProxiesShowTheSignature()
{
    const std::optional<MockOrder> m = seededWithSlots(true, false);
    QVERIFY2(m, "the demo data has no active Datacenter/ISP order with fewer slots than proxies");
    const QString id = QString::number(m->orderId);
    const int used = qMin(m->p0fSlots, m->quantity);
    // Strict: the proxies holding a slot are signed; the realistic server signs every proxy.
    const int signedExpected = m_server->isRealistic() ? m->quantity : used;

    const CliResult json = cli({u"--format"_s, u"json"_s, u"proxies"_s, id});
    QVERIFY2(json.done && json.code == 0, qPrintable(json.describe()));
    const QJsonArray data = json.json().object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), qsizetype(m->quantity));
    int signedJson = 0;
    for (const QJsonValue &v : data) {
        const QJsonObject p = v.toObject();
        QVERIFY2(p.contains(u"signature"_s), qPrintable(json.out.left(600)));
        const QJsonValue sig = p.value(u"signature"_s);
        QVERIFY(sig.isNull() || (sig.isString() && !sig.toString().isEmpty()));
        if (sig.isString())
            ++signedJson;
    }
    QCOMPARE(signedJson, signedExpected);

    const CliResult csv = cli({u"--format"_s, u"csv"_s, u"proxies"_s, id});
    QVERIFY2(csv.done && csv.code == 0, qPrintable(csv.describe()));
    const CsvReader::Result rows = CsvReader::read(csv.out.toUtf8());
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.records.size(), qsizetype(m->quantity) + 1);
    const qsizetype column = rows.records.first().indexOf(u"signature"_s);
    QVERIFY2(column >= 0, qPrintable(csv.out.left(300)));
    int signedCsv = 0;
    for (qsizetype i = 1; i < rows.records.size(); ++i) {
        const QString sig = rows.records.at(i).at(column);
        QVERIFY(!sig.isEmpty());
        if (sig != u"-")
            ++signedCsv;
    }
    QCOMPARE(signedCsv, signedExpected);

    // The details agree on how many slots are used.
    const CliResult details = cli({u"--format"_s, u"json"_s, u"order"_s, id});
    QVERIFY2(details.done && details.code == 0, qPrintable(details.describe()));
    QCOMPARE(details.json().object().value(u"p0f_slots_used"_s).toInteger(), qint64(used));
}

// The real executable, as a script runs it: a bad slot count is exit 2, one line, nothing sent.
void TestP0fAddons::cliExecutableRefusesABadSlotCount()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SHARDDESK_TOKEN"_s, m_server->token());
    env.insert(u"SHARDDESK_SERVER"_s, m_server->url().toString());
    QProcess process;
    process.setProcessEnvironment(env);
    // The in-process server needs this thread's event loop: wait on the signal, never block.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromLocal8Bit(SHARDDESK_CLI_EXE),
                  {u"buy"_s, u"--product"_s, kDatacenter, u"--location"_s, u"US"_s, u"--cycle"_s,
                   u"monthly"_s, u"--p0f-slots"_s, u"abc"_s, u"--yes"_s});
    QVERIFY2(finished.wait(15000), "sharddesk-cli did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 2, qPrintable(err));
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QVERIFY2(err.split(u'\n', Qt::SkipEmptyParts).first().contains(u"'abc'"_s), qPrintable(err));
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

QTEST_GUILESS_MAIN(TestP0fAddons)
#include "tst_p0faddons.moc"
