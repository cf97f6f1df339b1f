// Issue 15: the residential countries, regions and cities over loopback HTTP, through
// GeoService (what the window and sharddesk-cli use) and the CLI: the contract's query
// parameters, a cache for the session, a failure never cached, the server's words on refusal.

#include "clirun.h"
#include "integrationsupport.h"
#include "serverrecords.h"
#include "services/geoservice.h"

#include "mockfault.h"
#include "mockserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Integration;
using TestCommon::exactRequestCount;

class TestGeoService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsAtEachLevel();
    void cachedForTheSessionButNotAFailure();
    void refusalCarriesTheServersWords();
    void cli();

private:
    std::optional<ApiResult<GeoList>> load(const GeoQuery &query);
    CliResult cliRun(const QStringList &args);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<GeoService> m_geo;
};

void TestGeoService::init()
{
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    Integration::attach(*m_client, *m_server);
    m_geo = std::make_unique<GeoService>(m_client.get());
}

void TestGeoService::cleanup()
{
    m_geo.reset();
    m_client.reset();
    m_server.reset();
}

std::optional<ApiResult<GeoList>> TestGeoService::load(const GeoQuery &query)
{
    return await<GeoList>([&](QObject *ctx, auto cb) { m_geo->load(query, ctx, cb); });
}

CliResult TestGeoService::cliRun(const QStringList &args)
{
    return runCli(QStringList{u"--server"_s, m_server->url().toString()} + args,
                  m_server->token(), 2000);
}

void TestGeoService::listsAtEachLevel()
{
    auto r = load({GeoQuery::Level::Countries, ProxyType::Standart, {}, {}});
    QVERIFY(r && r->ok());
    QStringList codes;
    for (const GeoPlace &p : r->value().places)
        codes << p.code;
    QVERIFY2(codes.contains(u"DE"_s) && !codes.contains(u"JP"_s), qPrintable(codes.join(u',')));
    QCOMPARE(m_server->recordedRequests().last().query.queryItemValue(u"proxy_type"_s),
             u"standart"_s);

    r = load({GeoQuery::Level::Regions, ProxyType::Standart, u"DE"_s, {}});
    QVERIFY(r && r->ok());
    QVERIFY(r->value().places.size() >= 2);
    QCOMPARE(r->value().places.at(0).countryCode, u"DE"_s);

    r = load({GeoQuery::Level::Cities, ProxyType::Standart, u"DE"_s, u"BY"_s});
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().places.size(), 2);
    QCOMPARE(r->value().places.at(0).regionCode, u"BY"_s);

    // A city-state: cities without a region, and no region_code sent.
    r = load({GeoQuery::Level::Cities, ProxyType::Standart, u"MC"_s, {}});
    QVERIFY(r && r->ok());
    QCOMPARE(r->value().places.size(), 1);
    QVERIFY(r->value().places.at(0).regionCode.isEmpty());
    QVERIFY(!m_server->recordedRequests().last().query.hasQueryItem(u"region_code"_s));

    r = load({GeoQuery::Level::Countries, ProxyType::Premium, {}, {}});
    QVERIFY(r && r->ok());
    QCOMPARE(m_server->recordedRequests().last().query.queryItemValue(u"proxy_type"_s),
             u"premium"_s);
}

void TestGeoService::cachedForTheSessionButNotAFailure()
{
    const GeoQuery countries{GeoQuery::Level::Countries, ProxyType::Standart, {}, {}};
    const QString path = u"/user/api/proxies/countries"_s;
    MockFault fault = MockFault::make(MockFault::Kind::Unavailable503, path);
    fault.count = 10; // more than the client's retries: this load fails
    m_server->addFault(fault);
    auto r = load(countries);
    QVERIFY(r && !r->ok());
    QVERIFY(!m_geo->cached(countries));
    m_server->clearFaults();

    const int before = exactRequestCount(*m_server, "GET", path);
    r = load(countries);
    QVERIFY(r && r->ok());
    QCOMPARE(exactRequestCount(*m_server, "GET", path), before + 1);
    // Again: from the cache, nothing sent.
    r = load(countries);
    QVERIFY(r && r->ok());
    QCOMPARE(exactRequestCount(*m_server, "GET", path), before + 1);
    // Two asks at once: one request.
    const GeoQuery regions{GeoQuery::Level::Regions, ProxyType::Standart, u"US"_s, {}};
    int answered = 0;
    m_geo->load(regions, this, [&answered](ApiResult<GeoList> g) { answered += g.ok() ? 1 : 0; });
    m_geo->load(regions, this, [&answered](ApiResult<GeoList> g) { answered += g.ok() ? 1 : 0; });
    QTRY_COMPARE(answered, 2);
    QCOMPARE(exactRequestCount(*m_server, "GET", u"/user/api/proxies/regions"_s), 1);
    // Another account: asked afresh.
    m_geo->clear();
    QVERIFY(!m_geo->cached(countries));
}

void TestGeoService::refusalCarriesTheServersWords()
{
    auto r = load({GeoQuery::Level::Regions, ProxyType::Premium, u"GB"_s, {}});
    QVERIFY(r && !r->ok());
    QVERIFY2(r->error().message().contains(u"Country not found: GB"_s),
             qPrintable(r->error().message()));
    r = load({GeoQuery::Level::Cities, ProxyType::Standart, u"DE"_s, {}});
    QVERIFY(r && !r->ok());
    QVERIFY2(r->error().message().contains(u"region_code"_s), qPrintable(r->error().message()));
}

void TestGeoService::cli()
{
    CliResult r = cliRun({u"countries"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Germany"_s), qPrintable(r.out));
    r = cliRun({u"--format"_s, u"json"_s, u"cities"_s, u"de"_s, u"by"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    const QJsonArray results = r.json().object().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(u"region"_s).toObject().value(u"code"_s).toString(),
             u"BY"_s);
    r = cliRun({u"--format"_s, u"csv"_s, u"--type"_s, u"premium"_s, u"regions"_s, u"JP"_s});
    QVERIFY2(r.done && r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(u"code,name,country"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Tokyo"_s), qPrintable(r.out));
    // Refusals: the server's words and exit 1; bad arguments exit 2 and send nothing.
    r = cliRun({u"regions"_s, u"XX"_s});
    QVERIFY2(r.done && r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Country not found: XX"_s), qPrintable(r.err));
    const qsizetype sent = m_server->recordedRequests().size();
    r = cliRun({u"--type"_s, u"unmetered"_s, u"countries"_s});
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Unknown proxy type 'unmetered'"_s), qPrintable(r.err));
    r = cliRun({u"regions"_s});
    QVERIFY2(r.done && r.code == 2, qPrintable(r.describe()));
    QCOMPARE(m_server->recordedRequests().size(), sent);
}

QTEST_GUILESS_MAIN(TestGeoService)

#include "tst_geoservice.moc"
