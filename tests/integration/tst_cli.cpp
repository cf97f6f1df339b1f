// sharddesk-cli against the mock over loopback HTTP: CliRunner driven in-process for every
// command and output format (JSON and CSV parsed and compared with the server's state), the
// exit-code contract, and a few runs of the real executable through QProcess.

#include "clirun.h"
#include "integrationsupport.h"
#include "serverrecords.h"

#include "clirunner.h"
#include "domain/money.h"
#include "export/orderexport.h"
#include "services/orderservice.h"
#include "session/appcontext.h"
#include "sharddeskversion.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;

namespace {

// RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF quoted, quotes doubled, and no
// quote inside an unquoted field. Every problem is reported in `error`.
QList<QStringList> parseCsv(const QString &text, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || quoted) {
                *error = u"a quote inside an unquoted field, row %1"_s.arg(rows.size() + 1);
                return {};
            }
            inQuotes = true;
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            quoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                *error = u"a CR without LF, row %1"_s.arg(rows.size() + 1);
                return {};
            }
            ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            quoted = false;
        } else if (c == u'\n') {
            *error = u"a bare LF line end, row %1"_s.arg(rows.size() + 1);
            return {};
        } else {
            if (quoted) {
                *error = u"text after a closing quote, row %1"_s.arg(rows.size() + 1);
                return {};
            }
            field += c;
        }
    }
    if (inQuotes) {
        *error = u"an unterminated quoted field"_s;
        return {};
    }
    if (!field.isEmpty() || !row.isEmpty() || quoted) {
        row.append(field);
        rows.append(row);
    }
    for (const QStringList &r : std::as_const(rows)) {
        if (!rows.isEmpty() && r.size() != rows.first().size()) {
            *error = u"rows of different widths"_s;
            return {};
        }
    }
    return rows;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

std::optional<MockOrder::Status> statusFromArg(const QString &status)
{
    if (status == u"all")
        return std::nullopt;
    return MockOrder::statusFromName(status);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void me_data();
    void me();
    void products();
    void productsCsv();
    void stock_data();
    void stock();
    void orders_data();
    void orders();
    void ordersCsvRoundTripsAwkwardTags();
    void ordersAreTheWindowsExport();
    void order();
    void proxies();
    void price();
    void buyWithoutYesSendsNothing();
    void buyWithYes();
    void renew();
    void renewWithoutYesSendsNothing();
    void renewActiveOrderIsRefused();
    void tagSetAndClear();
    void autoRenew_data();
    void autoRenew();
    void cycle();
    void cycleNotAvailableIsRefused();
    void usageErrors_data();
    void usageErrors();
    void badValuesOneLineEach_data();
    void badValuesOneLineEach();
    void unknownCommandWithoutKeyIsAUsageError();
    void jsonEndsWithoutBlankLine();
    void productsAndCyclesByName_data();
    void productsAndCyclesByName();
    void productNamesInAnyCase();
    void badKey();
    void unreachable_data();
    void unreachable();
    void unusableAnswer_data();
    void unusableAnswer();
    void helpAndVersion();
    void healthNeedsNoKey();
    void executable_data();
    void executable();

private:
    CliResult cli(const QStringList &args, std::optional<QString> token = std::nullopt,
                  bool withServer = true);
    QJsonArray ordersJson(const QString &status);

    std::unique_ptr<MockServer> m_server;
};

void TestCli::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
}

void TestCli::cleanup()
{
    if (m_server)
        m_server->releaseHungConnections();
    m_server.reset();
}

CliResult TestCli::cli(const QStringList &args, std::optional<QString> token, bool withServer)
{
    QStringList argv;
    if (withServer)
        argv << u"--server"_s << m_server->url().toString();
    return runCli(argv + args, token.value_or(m_server->token()), 800);
}

QJsonArray TestCli::ordersJson(const QString &status)
{
    const CliResult r = cli({u"--format"_s, u"json"_s, u"orders"_s, u"--status"_s, status});
    if (!r.done || r.code != 0)
        return {};
    return r.json().array();
}

void TestCli::me_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << u"table"_s;
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

void TestCli::me()
{
    QFETCH(QString, format);
    const CliResult r = cli({u"--format"_s, format, u"me"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    // The Realistic profile answers "email": null.
    const QString email = m_server->isRealistic() ? QString() : m_server->backend().state().email();
    const qint64 active = m_server->backend().state().countWithStatus(MockOrder::Status::Active);
    if (format == u"json") {
        const QJsonObject o = r.json().object();
        QCOMPARE(sortedKeys(o), QStringList({u"active_orders"_s, u"email"_s, u"wallet_balance"_s}));
        QCOMPARE(o.value(u"email"_s).toString(), email);
        QCOMPARE(o.value(u"active_orders"_s).toInteger(), active);
        QCOMPARE(o.value(u"wallet_balance"_s).toInteger(), m_server->balanceCents());
    } else if (format == u"csv") {
        QString error;
        const QList<QStringList> rows = parseCsv(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), QStringList({u"email"_s, u"active_orders"_s, u"wallet_balance"_s}));
        QCOMPARE(rows.at(1), QStringList({email, QString::number(active),
                                          Money::plain(m_server->balanceCents())}));
    } else {
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"email"));
        QVERIFY(lines.at(1).contains(email));
        QVERIFY(lines.at(1).contains(Money::plain(m_server->balanceCents())));
    }
}

void TestCli::products()
{
    const CliResult r = cli({u"--format"_s, u"json"_s, u"products"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const QJsonArray rows = r.json().array();
    // One row per product and location, as the API lists them (the Realistic profile adds one
    // with cycles and description null, for a product the catalogue does not sell).
    const bool realistic = m_server->isRealistic();
    qsizetype expected = realistic ? 1 : 0;
    for (const MockProduct &p : m_server->backend().catalog().products())
        expected += p.hasLocations() ? p.locations.size() : 1;
    QCOMPARE(rows.size(), expected);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (realistic &&
            o.value(u"name"_s).toString() ==
                QLatin1String(MockBackend::RealisticRules::kOddProductName)) {
            QVERIFY(o.value(u"cycles"_s).toArray().isEmpty());
            QVERIFY(o.value(u"description"_s).toString().isEmpty());
            continue;
        }
        const MockProduct *p = m_server->backend().catalog().product(o.value(u"name"_s).toString());
        QVERIFY2(p, qPrintable(o.value(u"name"_s).toString()));
        QCOMPARE(o.value(u"description"_s).toString(), p->description);
        const QString location = o.value(u"location"_s).toString();
        QCOMPARE(location.isEmpty(), !p->hasLocations());
        QStringList cycles;
        for (const QJsonValue &c : o.value(u"cycles"_s).toArray())
            cycles.append(c.toString());
        QCOMPARE(cycles, p->cycles(location));
    }
}

void TestCli::productsCsv()
{
    const CliResult r = cli({u"--format"_s, u"csv"_s, u"products"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QString error;
    const QList<QStringList> rows = parseCsv(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + r.out));
    QCOMPARE(rows.first(),
             QStringList({u"name"_s, u"location"_s, u"cycles"_s, u"description"_s}));
    // The datacenter description has a comma: quoted on the wire, intact once parsed.
    const MockProduct *dc = m_server->backend().catalog().product(u"Datacenter Proxy"_s);
    QVERIFY(dc->description.contains(u','));
    QVERIFY(r.out.contains(u'"' + dc->description + u'"'));
    int dcRows = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        // The Realistic profile's extra row (cycles and description null) is no catalogue product.
        if (m_server->isRealistic() &&
            row.at(0) == QLatin1String(MockBackend::RealisticRules::kOddProductName))
            continue;
        const MockProduct *p = m_server->backend().catalog().product(row.at(0));
        QVERIFY2(p, qPrintable(row.at(0)));
        QCOMPARE(row.at(3), p->description);
        if (p == dc) {
            ++dcRows;
            QVERIFY(dc->locations.contains(row.at(1)));
            QCOMPARE(row.at(2), dc->cycles(row.at(1)).join(u' '));
        }
    }
    QCOMPARE(dcRows, int(dc->locations.size()));
}

void TestCli::stock_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("csv") << u"csv"_s;
}

namespace {
QString stockName(const QString &code)
{
    if (code == u"dc")
        return u"Datacenter Proxy"_s;
    if (code == u"isp")
        return u"ISP Proxy"_s;
    return code;
}
QString codeOf(const QString &name)
{
    if (name == u"Datacenter Proxy")
        return u"dc"_s;
    if (name == u"ISP Proxy")
        return u"isp"_s;
    return name;
}
} // namespace

void TestCli::stock()
{
    QFETCH(QString, format);
    m_server->setStock(u"DE"_s, u"dc"_s, 4321);
    const CliResult r = cli({u"--format"_s, format, u"stock"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    // The Realistic profile adds a row with a product code the catalogue does not know; it is
    // listed as the server wrote it.
    using Rules = MockBackend::RealisticRules;
    const bool realistic = m_server->isRealistic();
    const qsizetype expected = m_server->backend().catalog().stock().size() + (realistic ? 1 : 0);
    const auto serverAmount = [&](const QString &country, const QString &code) {
        if (realistic && code == QLatin1String(Rules::kUnknownStockCode))
            return Rules::kUnknownStockAmount;
        return m_server->stock(country, code);
    };
    if (format == u"json") {
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), expected);
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(sortedKeys(o), QStringList({u"amount"_s, u"country"_s, u"product"_s,
                                                 u"product_name"_s}));
            QCOMPARE(o.value(u"amount"_s).toInt(),
                     serverAmount(o.value(u"country"_s).toString(),
                                  o.value(u"product"_s).toString()));
            QCOMPARE(o.value(u"product_name"_s).toString(),
                     stockName(o.value(u"product"_s).toString()));
        }
    } else {
        QString error;
        const QList<QStringList> rows = parseCsv(r.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), expected + 1);
        QCOMPARE(rows.first(), QStringList({u"country"_s, u"product"_s, u"amount"_s}));
        bool sawDe = false;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            // The product by name, as the catalogue has it: never "dc" or "isp".
            const QString name = rows.at(i).at(1);
            QVERIFY2(name != u"dc" && name != u"isp", qPrintable(name));
            QCOMPARE(rows.at(i).at(2).toInt(), serverAmount(rows.at(i).at(0), codeOf(name)));
            sawDe = sawDe || (rows.at(i).at(0) == u"DE" && name == u"Datacenter Proxy" &&
                              rows.at(i).at(2) == u"4321");
        }
        QVERIFY(sawDe);
    }
}

void TestCli::orders_data()
{
    QTest::addColumn<QString>("status");
    for (const char *s : {"all", "active", "on-hold", "cancelled"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestCli::orders()
{
    QFETCH(QString, status);
    const std::optional<MockOrder::Status> filter = statusFromArg(status);
    const MockState &state = m_server->backend().state();
    const QJsonArray rows = ordersJson(status);
    const qsizetype expected = filter ? state.countWithStatus(*filter) : state.orders().size();
    QVERIFY(expected > 0);
    QCOMPARE(rows.size(), expected);
    // The window's export (OrderExport): its columns, as JSON keys.
    QStringList keys = OrderExport::columns();
    keys.sort();
    QSet<qint64> ids;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QCOMPARE(sortedKeys(o), keys);
        const qint64 id = o.value(u"id"_s).toInteger();
        QVERIFY2(!ids.contains(id), "an order listed twice");
        ids.insert(id);
        const std::optional<MockOrder> m = m_server->order(id);
        QVERIFY2(m, qPrintable(QString::number(id)));
        if (filter)
            QCOMPARE(m->status, *filter);
        QCOMPARE(o.value(u"status"_s).toString(), MockOrder::statusName(m->status));
        // Realistic nulls stay unknown (no cycle name).
        using Rules = MockBackend::RealisticRules;
        const bool noCycle = m_server->isRealistic() && Rules::nullCycleName(id);
        QCOMPARE(o.value(u"product"_s).toString(), m->productName);
        QCOMPARE(o.value(u"billing_cycle"_s).toString(), noCycle ? QString() : m->cycleName);
        const QJsonValue expires = o.value(u"expires_at"_s);
        if (m->expiresAt)
            QCOMPARE(QDateTime::fromString(expires.toString(), Qt::ISODate).toSecsSinceEpoch(),
                     *m->expiresAt);
        else
            QVERIFY(expires.isNull());
        const QJsonValue auto_ = o.value(u"auto_renewal"_s);
        QCOMPARE(auto_.isNull(), !m->autoRenewal.has_value());
        if (m->autoRenewal)
            QCOMPARE(auto_.toBool(), *m->autoRenewal);
        const QString tag = clientTag(m->tag);
        QCOMPARE(o.value(u"tag"_s).isNull(), tag.isEmpty());
        QCOMPARE(o.value(u"tag"_s).toString(), tag);
    }

    // The table: a header and one line per order.
    QStringList args{u"orders"_s};
    if (status != u"all")
        args << u"--status"_s << status;
    const CliResult table = cli(args);
    QVERIFY2(table.done && table.code == 0, qPrintable(table.describe()));
    QCOMPARE(table.out.split(u'\n', Qt::SkipEmptyParts).size(), expected + 1);
}

void TestCli::ordersCsvRoundTripsAwkwardTags()
{
    const QList<MockOrder> all = m_server->backend().state().orders();
    const qint64 a = all.at(0).orderId;
    const qint64 b = all.at(1).orderId;
    const QString tagA = u"acme, \"EU\" pool"_s;
    const QString tagB = u"тест-vérif"_s;
    QCOMPARE(cli({u"tag"_s, QString::number(a), tagA}).code, 0);
    QCOMPARE(cli({u"tag"_s, QString::number(b), tagB}).code, 0);
    QCOMPARE(m_server->order(a)->tag, std::optional<QString>(tagA));

    const CliResult r = cli({u"--format"_s, u"csv"_s, u"orders"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"\"acme, \"\"EU\"\" pool\""_s));
    QString error;
    const QList<QStringList> rows = parseCsv(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The window's export: its header, its values (an unknown value is an empty field).
    QCOMPARE(rows.first(), OrderExport::columns());
    QCOMPARE(rows.first().mid(0, 7),
             QStringList({u"id"_s, u"product"_s, u"billing_cycle"_s, u"status"_s,
                          u"expires_at"_s, u"auto_renewal"_s, u"tag"_s}));
    QCOMPARE(rows.size(), all.size() + 1);
    int checked = 0;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const std::optional<MockOrder> m = m_server->order(row.at(0).toLongLong());
        QVERIFY(m);
        QCOMPARE(row.at(1), m->productName);
        QCOMPARE(row.at(3), MockOrder::statusName(m->status));
        const QString tag = clientTag(m->tag);
        QCOMPARE(row.at(6), tag);
        QCOMPARE(row.at(5), !m->autoRenewal ? QString()
                            : *m->autoRenewal ? u"true"_s
                                              : u"false"_s);
        if (m->orderId == a || m->orderId == b)
            ++checked;
    }
    QCOMPARE(checked, 2);
}

// Issue 14: the CLI's CSV and JSON are the window's export, byte for byte, for the same rows.
void TestCli::ordersAreTheWindowsExport()
{
    const CliResult csv = cli({u"--format"_s, u"csv"_s, u"orders"_s, u"--status"_s, u"on-hold"_s});
    QVERIFY2(csv.done && csv.code == 0, qPrintable(csv.describe()));
    const CliResult json =
        cli({u"--format"_s, u"json"_s, u"orders"_s, u"--status"_s, u"on-hold"_s});
    QVERIFY2(json.done && json.code == 0, qPrintable(json.describe()));

    // The same listing the CLI read, through the exporter the window uses.
    AppContext context(AppContext::KeyStorage::Memory);
    context.client().setBaseUrl(m_server->url());
    context.client().setToken(m_server->token());
    QList<ExportRow> rows;
    bool answered = false;
    context.orders().listOrders({OrderStatus::OnHold}, this,
                                [&](ApiResult<OrderService::Listing> result) {
                                    answered = true;
                                    QVERIFY(result.ok());
                                    for (const Order &o : result.value().orders)
                                        rows.append(ExportRow{o, QString(), std::nullopt});
                                });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(csv.out.toUtf8(), OrderExport::toCsv(rows));
    QCOMPARE(json.out.toUtf8(), OrderExport::toJson(rows));
}

void TestCli::order()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [](const MockOrder &o) {
        return !o.promoCode.isEmpty() && o.expiresAt.has_value();
    });
    QVERIFY(m);
    const CliResult r = cli({u"--format"_s, u"json"_s, u"order"_s, QString::number(m->orderId)});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"order_id"_s).toInteger(), m->orderId);
    QCOMPARE(o.value(u"product_name"_s).toString(), m->productName);
    QCOMPARE(o.value(u"cycle_name"_s).toString(), m->cycleName);
    QCOMPARE(o.value(u"quantity"_s).toInteger(), qint64(m->quantity));
    QCOMPARE(o.value(u"price_paid"_s).toInteger(), m->pricePaidCents);
    QCOMPARE(o.value(u"status"_s).toString(), MockOrder::statusName(m->status));
    QCOMPARE(o.value(u"promo_code"_s).toString(), m->promoCode);
    QCOMPARE(QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             m->createdAt);

    const CliResult table = cli({u"order"_s, QString::number(m->orderId)});
    QVERIFY2(table.done && table.code == 0, qPrintable(table.describe()));
    QVERIFY(table.out.contains(Money::plain(m->pricePaidCents)));
}

void TestCli::proxies()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) && o.quantity > 1;
    });
    QVERIFY(m);
    const CliResult r = cli({u"--format"_s, u"json"_s, u"proxies"_s, QString::number(m->orderId)});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const QJsonArray data = r.json().object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), qsizetype(m->quantity));
    for (const QJsonValue &v : data) {
        QCOMPARE(v.toObject().value(u"username"_s).toString(),
                 u"sd"_s + QString::number(m->orderId));
        QVERIFY(!v.toObject().value(u"password"_s).toString().isEmpty());
    }
    const CliResult csv = cli({u"--format"_s, u"csv"_s, u"proxies"_s, QString::number(m->orderId)});
    QString error;
    const QList<QStringList> rows = parseCsv(csv.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), qsizetype(m->quantity) + 1);
}

void TestCli::price()
{
    const CliResult r =
        cli({u"--format"_s, u"json"_s, u"price"_s, u"--product"_s, u"Datacenter Proxy"_s,
             u"--location"_s, u"DE"_s, u"--cycle"_s, u"monthly"_s, u"--quantity"_s, u"4"_s,
             u"--promo"_s, u"MONTHLY20"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const QJsonObject o = r.json().object();
    const MockProduct *dc = m_server->backend().catalog().product(u"Datacenter Proxy"_s);
    const qint64 original = dc->unitPrice(u"DE"_s, u"monthly"_s) * 4;
    QCOMPARE(o.value(u"original_price"_s).toInteger(), original);
    QCOMPARE(o.value(u"final_price"_s).toInteger(), MockCatalog::applyDiscount(original, 20));
    QCOMPARE(o.value(u"discount_percent"_s).toInteger(), 20);
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
}

void TestCli::buyWithoutYesSendsNothing()
{
    const qint64 balance = m_server->balanceCents();
    const CliResult r = cli({u"buy"_s, u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s,
                             u"US"_s, u"--cycle"_s, u"monthly"_s});
    QVERIFY(r.done);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--yes"_s));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
    QCOMPARE(m_server->balanceCents(), balance);
}

void TestCli::buyWithYes()
{
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();
    const int stock = m_server->stock(u"US"_s, u"dc"_s);
    const CliResult r =
        cli({u"--format"_s, u"json"_s, u"buy"_s, u"--product"_s, u"Datacenter Proxy"_s,
             u"--location"_s, u"US"_s, u"--cycle"_s, u"monthly"_s, u"--quantity"_s, u"2"_s,
             u"--auto-renew"_s, u"--yes"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const qint64 id = r.json().object().value(u"order_id"_s).toInteger();
    const std::optional<MockOrder> created = m_server->order(id);
    QVERIFY2(created, qPrintable(r.out));
    QCOMPARE(m_server->orderCount(), orders + 1);
    QCOMPARE(created->quantity, 2);
    QCOMPARE(created->location, u"US"_s);
    QCOMPARE(created->autoRenewal, std::optional<bool>(true));
    QVERIFY(created->pricePaidCents > 0);
    QCOMPARE(m_server->balanceCents(), balance - created->pricePaidCents);
    QCOMPARE(m_server->stock(u"US"_s, u"dc"_s), stock - 2);
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
}

void TestCli::renew()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o) &&
               o.pricePaidCents < m_server->balanceCents();
    });
    QVERIFY(m);
    const qint64 balance = m_server->balanceCents();
    const CliResult r =
        cli({u"--format"_s, u"json"_s, u"renew"_s, QString::number(m->orderId), u"--yes"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const std::optional<MockOrder> after = m_server->order(m->orderId);
    QCOMPARE(after->status, MockOrder::Status::Active);
    QCOMPARE(m_server->balanceCents(), balance - after->pricePaidCents);
    // Issue 14: what it charged and the new expiry, from the order read back.
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"order_id"_s).toInteger(), m->orderId);
    QCOMPARE(o.value(u"charged"_s).toString(), Money::plain(after->pricePaidCents));
    QVERIFY(after->expiresAt);
    QCOMPARE(QDateTime::fromString(o.value(u"expires_at"_s).toString(), Qt::ISODate)
                 .toSecsSinceEpoch(),
             *after->expiresAt);
    QCOMPARE(m_server->requestCount("POST", QString()), 1);
}

void TestCli::renewWithoutYesSendsNothing()
{
    const std::optional<MockOrder> m = findOrder(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::OnHold; });
    QVERIFY(m);
    const CliResult r = cli({u"renew"_s, QString::number(m->orderId)});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--yes"_s));
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_server->order(m->orderId)->status, MockOrder::Status::OnHold);
}

void TestCli::renewActiveOrderIsRefused()
{
    const std::optional<MockOrder> m = findOrder(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; });
    QVERIFY(m);
    const qint64 balance = m_server->balanceCents();
    const CliResult r = cli({u"renew"_s, QString::number(m->orderId), u"--yes"_s});
    QVERIFY(r.done);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Only orders on hold can be renewed"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.contains(u"Usage"_s)); // a refusal, not a usage problem
    QCOMPARE(m_server->balanceCents(), balance);
}

void TestCli::tagSetAndClear()
{
    const qint64 id = m_server->backend().state().orders().at(5).orderId;
    const CliResult set = cli({u"--format"_s, u"json"_s, u"tag"_s, QString::number(id),
                               u"  scraping-eu  "_s});
    QVERIFY2(set.done && set.code == 0, qPrintable(set.describe()));
    QCOMPARE(m_server->order(id)->tag, std::optional<QString>(u"scraping-eu"_s));
    QCOMPARE(set.json().object().value(u"tag"_s).toString(), u"scraping-eu"_s);

    const CliResult cleared = cli({u"tag"_s, QString::number(id), u"--clear"_s});
    QVERIFY2(cleared.done && cleared.code == 0, qPrintable(cleared.describe()));
    QCOMPARE(clientTag(m_server->order(id)->tag), QString());
    const QJsonObject body =
        QJsonDocument::fromJson(m_server->recordedRequests().last().body).object();
    QCOMPARE(body, QJsonObject({{u"tag"_s, u"none"_s}}));
}

void TestCli::autoRenew_data()
{
    QTest::addColumn<QString>("state");
    QTest::newRow("on") << u"on"_s;
    QTest::newRow("off") << u"off"_s;
}

void TestCli::autoRenew()
{
    QFETCH(QString, state);
    const bool on = state == u"on";
    const std::optional<MockOrder> m = findOrder(*m_server, [on](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && isDatacenterOrIsp(o) &&
               o.autoRenewal == !on;
    });
    QVERIFY(m);
    const CliResult r = cli({u"auto-renew"_s, QString::number(m->orderId), state});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QCOMPARE(m_server->order(m->orderId)->autoRenewal, std::optional<bool>(on));
    const RecordedRequest post = m_server->recordedRequests().last();
    QCOMPARE(post.queryValue(u"auto_renewal"_s), on ? u"true"_s : u"false"_s);
    QCOMPARE(post.body, QByteArray("{}"));
}

void TestCli::cycle()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [this](const MockOrder &o) {
        const MockProduct *p = m_server->backend().catalog().productById(o.productId);
        return o.status == MockOrder::Status::Active && p && p->isDatacenterOrIsp() &&
               o.cycleName == u"monthly" && p->offersCycle(o.location, u"quarterly"_s);
    });
    QVERIFY(m);
    const CliResult r =
        cli({u"--format"_s, u"json"_s, u"cycle"_s, QString::number(m->orderId), u"quarterly"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QCOMPARE(m_server->order(m->orderId)->cycleName, u"quarterly"_s);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"order_id"_s).toInteger(), m->orderId);
    const MockProduct *p = m_server->backend().catalog().productById(m->productId);
    QCOMPARE(o.value(u"original_price"_s).toInteger(),
             p->unitPrice(m->location, u"quarterly"_s) * m->quantity);
}

void TestCli::cycleNotAvailableIsRefused()
{
    const std::optional<MockOrder> m = findOrder(*m_server, [](const MockOrder &o) {
        return o.status == MockOrder::Status::Active && o.productName == u"Datacenter Proxy";
    });
    QVERIFY(m);
    const CliResult r = cli({u"cycle"_s, QString::number(m->orderId), u"daily"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Cycle is not available for this user"_s), qPrintable(r.err));
    QCOMPARE(m_server->order(m->orderId)->cycleName, m->cycleName);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << u"No command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"xml"_s, u"me"_s} << u"xml"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"me"_s} << u"bogus"_s;
    QTest::newRow("order id not a number") << QStringList{u"order"_s, u"abc"_s} << u"order"_s;
    QTest::newRow("order id negative") << QStringList{u"order"_s, u"-5"_s} << QString();
    QTest::newRow("extra argument") << QStringList{u"me"_s, u"extra"_s} << u"me"_s;
    QTest::newRow("tag without text") << QStringList{u"tag"_s, u"100001"_s} << u"tag"_s;
    QTest::newRow("tag none") << QStringList{u"tag"_s, u"100001"_s, u"none"_s} << u"--clear"_s;
    QTest::newRow("auto-renew maybe")
        << QStringList{u"auto-renew"_s, u"100001"_s, u"maybe"_s} << u"on"_s;
    QTest::newRow("unknown status")
        << QStringList{u"orders"_s, u"--status"_s, u"paused"_s} << u"paused"_s;
    QTest::newRow("bad timeout") << QStringList{u"--timeout-ms"_s, u"soon"_s, u"me"_s}
                                 << u"timeout"_s;
    QTest::newRow("token on the command line")
        << QStringList{u"--token"_s, u"x"_s, u"me"_s} << u"SHARDDESK_TOKEN"_s;
    QTest::newRow("quantity not a number")
        << QStringList{u"price"_s, u"--product"_s, u"Standart Residential Proxy"_s,
                       u"--quantity"_s, u"lots"_s}
        << u"quantity"_s;
    QTest::newRow("order id -3 read as an option")
        << QStringList{u"order"_s, u"-3"_s} << u"'-3'"_s;
    QTest::newRow("quantity negative")
        << QStringList{u"price"_s, u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s,
                       u"US"_s, u"--cycle"_s, u"monthly"_s, u"--quantity"_s, u"-5"_s}
        << u"'-5'"_s;
    QTest::newRow("plain http to another host")
        << QStringList{u"--server"_s, u"http://10.1.2.3"_s, u"me"_s} << u"https"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
    if (!mentions.isEmpty())
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(m_server->recordedRequests().size(), 0); // nothing was sent
}

void TestCli::badValuesOneLineEach_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("value");
    QTest::newRow("order -3") << QStringList{u"order"_s, u"-3"_s} << u"-3"_s;
    QTest::newRow("order abc") << QStringList{u"order"_s, u"abc"_s} << u"abc"_s;
    const QStringList price{u"price"_s,    u"--product"_s, u"Datacenter Proxy"_s,
                            u"--location"_s, u"US"_s,      u"--cycle"_s,
                            u"monthly"_s,  u"--quantity"_s};
    QTest::newRow("--quantity abc") << (price + QStringList{u"abc"_s}) << u"abc"_s;
    QTest::newRow("--quantity -5") << (price + QStringList{u"-5"_s}) << u"-5"_s;
    QTest::newRow("--quantity 0") << (price + QStringList{u"0"_s}) << u"0"_s;
    QTest::newRow("--timeout-ms soon")
        << QStringList{u"--timeout-ms"_s, u"soon"_s, u"me"_s} << u"soon"_s;
    QTest::newRow("auto-renew maybe")
        << QStringList{u"auto-renew"_s, u"100001"_s, u"maybe"_s} << u"maybe"_s;
}

// Issue 14: a bad value is one short message naming it (and where the usage is), the same
// for every option and argument: never the whole usage, never "Unknown option".
void TestCli::badValuesOneLineEach()
{
    QFETCH(QStringList, args);
    QFETCH(QString, value);
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 2, qPrintable(r.describe()));
    QVERIFY2(lines.first().contains(u'\'' + value + u'\''), qPrintable(r.describe()));
    QVERIFY2(lines.last().contains(u"--help"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"Usage"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"Unknown option"_s), qPrintable(r.describe()));
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

// Issue 14: without a key, a command line that cannot run says so (2), not "No API key".
void TestCli::unknownCommandWithoutKeyIsAUsageError()
{
    const CliResult r = cli({u"frobnicate"_s}, QString());
    QVERIFY(r.done);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Unknown command 'frobnicate'"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"SHARDDESK_TOKEN=") && !r.err.contains(u"No API key"_s),
             qPrintable(r.err));
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

// Issue 15: the server's probes need no key; a deep check that fails is reported with the
// server's words and exit 4, the liveness probe still "up".
void TestCli::healthNeedsNoKey()
{
    CliResult r = cli({u"health"_s}, QString());
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"/health/live"_s) && r.out.contains(u"up"_s), qPrintable(r.out));
    QCOMPARE(m_server->requestCount("GET", u"/health/live"_s), 1);
    QCOMPARE(TestCommon::exactRequestCount(*m_server, "GET", u"/health"_s), 1);

    MockFault f;
    f.kind = MockFault::Kind::Unavailable503;
    f.pathPattern = QRegularExpression(u"^/health$"_s); // the deep check only
    f.method = "GET";
    f.count = -1;
    m_server->addFault(f);
    r = cli({u"--format"_s, u"json"_s, u"health"_s}, QString());
    QVERIFY(r.done);
    QVERIFY2(r.code == 4, qPrintable(r.describe()));
    const QJsonObject json = r.json().object();
    QVERIFY2(json.value(u"deep"_s).isString(), qPrintable(r.out));
    QCOMPARE(json.value(u"live"_s), QJsonValue(true));
    m_server->clearFaults();

    r = cli({u"health"_s, u"extra"_s}, QString());
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
}

// Issue 14: JSON ends with one line end, never a blank line.
void TestCli::jsonEndsWithoutBlankLine()
{
    for (const QStringList &args : {QStringList{u"me"_s}, QStringList{u"stock"_s},
                                    QStringList{u"orders"_s, u"--status"_s, u"on-hold"_s}}) {
        const CliResult r = cli(QStringList{u"--format"_s, u"json"_s} + args);
        QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.endsWith(u'\n'), qPrintable(r.describe()));
        QVERIFY2(!r.out.endsWith(u"\n\n"_s), qPrintable(r.describe()));
        QVERIFY(!r.json().isNull());
    }
}

void TestCli::productsAndCyclesByName_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown product")
        << QStringList{u"price"_s, u"--product"_s, u"Nonexistent Proxy"_s, u"--location"_s,
                       u"US"_s}
        << QStringList{u"Unknown product 'Nonexistent Proxy'"_s, u"Datacenter Proxy"_s,
                       u"ISP Proxy"_s};
    QTest::newRow("unknown product, buy")
        << QStringList{u"buy"_s, u"--product"_s, u"Nonexistent Proxy"_s, u"--yes"_s}
        << QStringList{u"Unknown product"_s};
    QTest::newRow("unknown cycle")
        << QStringList{u"price"_s, u"--product"_s, u"mobile proxy 4g"_s, u"--cycle"_s,
                       u"fortnightly"_s}
        << QStringList{u"Unknown billing cycle 'fortnightly' for Mobile Proxy 4G"_s};
    QTest::newRow("price without location")
        << QStringList{u"price"_s, u"--product"_s, u"Datacenter Proxy"_s, u"--cycle"_s,
                       u"monthly"_s}
        << QStringList{u"location"_s};
    QTest::newRow("buy without cycle")
        << QStringList{u"buy"_s, u"--product"_s, u"Mobile Proxy 4G"_s, u"--yes"_s}
        << QStringList{u"cycle"_s, u"Choose one of"_s};
}

// Issue 14: an unknown product or cycle is named as unknown, with the choices; nothing is
// priced or bought.
void TestCli::productsAndCyclesByName()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QVERIFY2(r.code == 2, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    for (const QString &m : mentions)
        QVERIFY2(r.err.contains(m), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"Usage"_s), qPrintable(r.err));
    QCOMPARE(m_server->requestCount("POST", QString()), 0);
    QCOMPARE(m_server->requestCount("GET", u"/user/api/orders/calculate"_s), 0);
}

// Issue 14: product (and cycle) names match in any case.
void TestCli::productNamesInAnyCase()
{
    const CliResult exact = cli({u"--format"_s, u"json"_s, u"price"_s, u"--product"_s,
                                 u"Datacenter Proxy"_s, u"--location"_s, u"US"_s, u"--cycle"_s,
                                 u"monthly"_s});
    QVERIFY2(exact.done && exact.code == 0, qPrintable(exact.describe()));
    const CliResult lower = cli({u"--format"_s, u"json"_s, u"price"_s, u"--product"_s,
                                 u"datacenter proxy"_s, u"--location"_s, u"US"_s, u"--cycle"_s,
                                 u"Monthly"_s});
    QVERIFY2(lower.done && lower.code == 0, qPrintable(lower.describe()));
    QCOMPARE(lower.json(), exact.json());
}

void TestCli::badKey()
{
    const CliResult wrong = cli({u"me"_s}, u"wrong-key"_s);
    QVERIFY(wrong.done);
    QCOMPARE(wrong.code, 3);
    QVERIFY2(wrong.err.contains(u"Invalid API key"_s), qPrintable(wrong.err));
    QVERIFY(!wrong.err.contains(u"wrong-key"_s));
    QCOMPARE(m_server->requestCount("GET", u"/user/api/me"_s), 1);

    const CliResult none = cli({u"me"_s}, QString());
    QVERIFY(none.done);
    QCOMPARE(none.code, 3);
    QVERIFY(none.err.contains(u"SHARDDESK_TOKEN"_s));
    QCOMPARE(m_server->requestCount("GET", u"/user/api/me"_s), 1);

    // A sync with a bad key: 3 as well.
    const CliResult orders = cli({u"orders"_s}, u"wrong-key"_s);
    QCOMPARE(orders.code, 3);
}

void TestCli::unreachable_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("connection refused, me") << u"refused"_s << QStringList{u"me"_s};
    QTest::newRow("connection refused, orders") << u"refused"_s << QStringList{u"orders"_s};
    QTest::newRow("500 forever, me") << u"500"_s << QStringList{u"me"_s};
    QTest::newRow("500 forever, orders") << u"500"_s << QStringList{u"orders"_s};
    QTest::newRow("503 forever, stock") << u"503"_s << QStringList{u"stock"_s};
    QTest::newRow("hang forever, me") << u"hang"_s
                                      << QStringList{u"--timeout-ms"_s, u"300"_s, u"me"_s};
    // buy and renew read first (the baseline, the order's status); when that fails nothing is
    // sent. A 5xx on their POST alone: the outcome is read back, and nothing was done.
    const QStringList buy{u"buy"_s,  u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s,
                          u"US"_s,   u"--cycle"_s,   u"monthly"_s,          u"--yes"_s};
    const QStringList renew{u"renew"_s, u"<on-hold>"_s, u"--yes"_s};
    QTest::newRow("500 on buy") << u"500"_s << buy;
    QTest::newRow("500 on the purchase, buy") << u"500 post"_s << buy;
    QTest::newRow("connection refused, buy") << u"refused"_s << buy;
    QTest::newRow("500 on renew") << u"500"_s << renew;
    QTest::newRow("500 on the renewal, renew") << u"500 post"_s << renew;
    QTest::newRow("connection refused, renew") << u"refused"_s << renew;
}

void TestCli::unreachable()
{
    QFETCH(QString, what);
    QFETCH(QStringList, args);
    const std::optional<MockOrder> held = findOrder(*m_server, [this](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o) &&
               o.pricePaidCents < m_server->balanceCents();
    });
    QVERIFY(held);
    args.replaceInStrings(u"<on-hold>"_s, QString::number(held->orderId));
    const bool buying = args.contains(u"buy"_s);
    const bool spending = buying || args.contains(u"renew"_s);
    const qint64 balance = m_server->balanceCents();
    if (what == u"refused") {
        // A port that was free a moment ago and has nobody listening.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QUrl url = m_server->url();
        url.setPort(port);
        args = QStringList{u"--server"_s, url.toString()} + args;
    } else {
        MockFault f;
        f.kind = what.startsWith(u"500")  ? MockFault::Kind::Server500
                 : what == u"503" ? MockFault::Kind::Unavailable503
                                  : MockFault::Kind::Hang;
        f.pathPrefix = u"/user/api/"_s;
        if (what.endsWith(u" post"))
            f.method = "POST"; // the one POST: the reads before and after it are answered
        f.count = -1;
        m_server->addFault(f);
    }
    const CliResult r = cli(args, std::nullopt, what != u"refused");
    QVERIFY(r.done);
    QVERIFY2(r.code == 4, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.err.endsWith(u'\n'));
    if (what.startsWith(u"500"))
        QVERIFY2(r.err.contains(u"Internal server error"_s), qPrintable(r.err));
    if (what.endsWith(u" post")) {
        // Sent once, the answer lost, the outcome read back: nothing was done, say so.
        QCOMPARE(m_server->requestCount("POST", QString()), 1);
        QVERIFY2(r.err.contains(buying ? u"No order was made"_s : u"is not renewed"_s),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"not known"_s), qPrintable(r.err));
    } else {
        // Not even the reading first went through: nothing was sent.
        QCOMPARE(m_server->requestCount("POST", QString()), 0);
        if (spending)
            QVERIFY2(r.err.contains(buying ? u"Nothing was bought"_s : u"Nothing was renewed"_s),
                     qPrintable(r.err));
    }
    QCOMPARE(m_server->balanceCents(), balance);
    QCOMPARE(m_server->order(held->orderId)->status, MockOrder::Status::OnHold);
}

void TestCli::unusableAnswer_data()
{
    QTest::addColumn<MockFault::Kind>("fault");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("truncated JSON, me") << MockFault::Kind::TruncatedJson << QStringList{u"me"_s};
    QTest::newRow("truncated JSON, orders")
        << MockFault::Kind::TruncatedJson << QStringList{u"orders"_s};
    QTest::newRow("truncated JSON, products")
        << MockFault::Kind::TruncatedJson << QStringList{u"products"_s};
    QTest::newRow("wrong types, stock") << MockFault::Kind::WrongTypes << QStringList{u"stock"_s};
    QTest::newRow("html page, me") << MockFault::Kind::HtmlPage << QStringList{u"me"_s};
    QTest::newRow("empty body, order")
        << MockFault::Kind::EmptyBody << QStringList{u"order"_s, u"100001"_s};
    // On the purchase alone: the outcome is read back, no order was made, and the exit code is
    // the error's. (On an action endpoint a 200 whatever its body is a success; a 17 MiB answer
    // is not read at all.)
    QTest::newRow("truncated JSON on the purchase, buy")
        << MockFault::Kind::TruncatedJson
        << QStringList{u"buy"_s,  u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s,
                       u"US"_s,   u"--cycle"_s,   u"monthly"_s,          u"--yes"_s};
    QTest::newRow("html page on the purchase, buy")
        << MockFault::Kind::HtmlPage
        << QStringList{u"buy"_s,  u"--product"_s, u"Datacenter Proxy"_s, u"--location"_s,
                       u"US"_s,   u"--cycle"_s,   u"monthly"_s,          u"--yes"_s};
    // 17 MiB over loopback can take longer than the helper's 0.8 s on a loaded machine: the
    // size limit, not the timeout, is what this row is about.
    QTest::newRow("17 MiB on the renewal, renew")
        << MockFault::Kind::Oversized
        << QStringList{u"--timeout-ms"_s, u"10000"_s, u"renew"_s, u"<on-hold>"_s, u"--yes"_s};
}

void TestCli::unusableAnswer()
{
    QFETCH(MockFault::Kind, fault);
    QFETCH(QStringList, args);
    const std::optional<MockOrder> held = findOrder(*m_server, [this](const MockOrder &o) {
        return o.status == MockOrder::Status::OnHold && isDatacenterOrIsp(o) &&
               o.pricePaidCents < m_server->balanceCents();
    });
    QVERIFY(held);
    args.replaceInStrings(u"<on-hold>"_s, QString::number(held->orderId));
    const bool buying = args.contains(u"buy"_s);
    const bool spending = buying || args.contains(u"renew"_s);
    const qint64 balance = m_server->balanceCents();
    const qsizetype orders = m_server->orderCount();
    // A spending command meets the fault on its POST alone (it reads first and after).
    MockFault f = MockFault::make(fault, u"/user/api/"_s, spending ? "POST" : QByteArray());
    f.count = -1;
    m_server->addFault(f);
    const CliResult r = cli(args);
    QVERIFY(r.done);
    QVERIFY2(r.code == 5, qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.trimmed().isEmpty());
    if (spending) {
        QCOMPARE(m_server->requestCount("POST", QString()), 1);
        QVERIFY2(r.err.contains(buying ? u"No order was made"_s : u"is not renewed"_s),
                 qPrintable(r.err));
        QCOMPARE(m_server->balanceCents(), balance);
        QCOMPARE(m_server->orderCount(), orders);
        QCOMPARE(m_server->order(held->orderId)->status, MockOrder::Status::OnHold);
    } else {
        QCOMPARE(m_server->requestCount("POST", QString()), 0);
    }
}

void TestCli::helpAndVersion()
{
    const CliResult help = cli({u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"Usage"_s));
    // Issue 14: the exit codes are listed, each with what it means.
    QVERIFY2(help.out.contains(u"Exit codes"_s), qPrintable(help.out));
    for (int code = 0; code <= 6; ++code)
        QVERIFY2(help.out.contains(u"\n  %1  "_s.arg(code)), qPrintable(help.out));
    const CliResult version = cli({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.contains(QString::fromLatin1(SHARDDESK_VERSION)));
    QCOMPARE(m_server->recordedRequests().size(), 0);
}

void TestCli::executable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token"); // "<server>": the server's key; empty: none set
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutHas");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("me") << QStringList{u"me"_s} << u"<server>"_s << 0
                        << u"demo@sharddesk.example"_s << QString();
    QTest::newRow("me as json") << QStringList{u"--format"_s, u"json"_s, u"me"_s} << u"<server>"_s
                                << 0 << u"\"wallet_balance\": 250000"_s << QString();
    QTest::newRow("orders on hold as csv")
        << QStringList{u"--format"_s, u"csv"_s, u"orders"_s, u"--status"_s, u"on-hold"_s}
        << u"<server>"_s << 0 << u"id,product,billing_cycle"_s << QString();
    QTest::newRow("--token refused") << QStringList{u"--token"_s, u"x"_s, u"me"_s} << u"<server>"_s
                                     << 2 << QString() << u"SHARDDESK_TOKEN"_s;
    QTest::newRow("no key") << QStringList{u"me"_s} << QString() << 3 << QString()
                            << u"SHARDDESK_TOKEN"_s;
    QTest::newRow("wrong key") << QStringList{u"me"_s} << u"wrong"_s << 3 << QString()
                               << u"Invalid API key"_s;
    QTest::newRow("renew active refused")
        << QStringList{u"renew"_s, u"<active>"_s, u"--yes"_s} << u"<server>"_s << 1 << QString()
        << u"Only orders on hold"_s;
}

void TestCli::executable()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutHas);
    QFETCH(QString, stderrHas);
    // The Realistic profile answers "email": null: the balance shows instead.
    if (m_server->isRealistic() && stdoutHas == m_server->backend().state().email())
        stdoutHas = Money::plain(m_server->balanceCents());
    const std::optional<MockOrder> active = findOrder(
        *m_server, [](const MockOrder &o) { return o.status == MockOrder::Status::Active; });
    QVERIFY(active);
    args.replaceInStrings(u"<active>"_s, QString::number(active->orderId));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SHARDDESK_TOKEN"_s);
    env.remove(u"SHARDDESK_SERVER"_s);
    if (!token.isEmpty())
        env.insert(u"SHARDDESK_TOKEN"_s, token == u"<server>" ? m_server->token() : token);
    env.insert(u"SHARDDESK_SERVER"_s, m_server->url().toString());

    QProcess process;
    process.setProcessEnvironment(env);
    // The in-process server needs this thread's event loop: wait on the signal, never block.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QString::fromLocal8Bit(SHARDDESK_CLI_EXE), args);
    QVERIFY2(finished.wait(15000), "sharddesk-cli did not finish");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == exitCode,
             qPrintable(u"exit %1\n%2\n%3"_s.arg(QString::number(process.exitCode()), out, err)));
    if (!stdoutHas.isEmpty())
        QVERIFY2(out.contains(stdoutHas), qPrintable(out));
    if (!stderrHas.isEmpty())
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
    if (exitCode != 0)
        QVERIFY2(out.isEmpty(), qPrintable(out));
    if (args.contains(u"--token"_s) || token.isEmpty())
        QCOMPARE(m_server->recordedRequests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
