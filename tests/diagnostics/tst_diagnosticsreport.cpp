#include "diagnostics/diagnosticsreport.h"
#include "diagnostics/logfile.h"
#include "diagnostics/redactor.h"
#include "sharddeskversion.h"

#include <QLocale>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"psk_live_9d8c7b6a5f4e3d2c1b0a"_s;
}

class TstDiagnosticsReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void containsEachItem();
    void errorsNewestFirstWithRequestIds();
    void neverTheKey();
    void serverWithoutUserInfo_data();
    void serverWithoutUserInfo();
    void logState();
};

void TstDiagnosticsReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ShardDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_diagnosticsreport"_s);
}

void TstDiagnosticsReport::cleanup()
{
    Redactor::clearSecrets();
    qunsetenv("SHARDDESK_DEBUG");
}

void TstDiagnosticsReport::containsEachItem()
{
    const QString text = DiagnosticsReport::text(
        DiagnosticsReport::currentFacts(QUrl(u"https://api.proxyshard.com/v1"_s), nullptr));
    QVERIFY2(text.contains(u"Version: " SHARDDESK_VERSION "\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"Qt: "_s + QString::fromLatin1(qVersion()) + u'\n'));
    QVERIFY(text.contains(u"OS: "_s + QSysInfo::prettyProductName() + u'\n'));
    QVERIFY(
        text.contains(u"Kernel: "_s + QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()));
    QVERIFY(text.contains(u"CPU: "_s + QSysInfo::currentCpuArchitecture()));
    QVERIFY(text.contains(u"Locale: "_s + QLocale().name()));
    QVERIFY(text.contains(u"Server: https://api.proxyshard.com/v1\n"_s));
    QVERIFY(text.contains(u"Diagnostic log: off, "_s + LogFile::defaultFilePath()));
    QVERIFY(text.contains(u"SHARDDESK_DEBUG: off"_s));
    QVERIFY(text.contains(u"Recent errors: none"_s));
}

void TstDiagnosticsReport::errorsNewestFirstWithRequestIds()
{
    RecentErrors errors;
    const QDateTime t(QDate(2024, 5, 1), QTime(10, 0, 0), Qt::UTC);
    errors.record(
        {t, u"GET"_s, u"/v1/orders"_s, 503, u"server"_s, u"Service unavailable"_s, u"req-aaa"_s});
    errors.record(
        {t.addSecs(60), u"POST"_s, u"/v1/purchase"_s, 0, u"timeout"_s, u"No answer"_s, QString()});
    const QString text = DiagnosticsReport::text(
        DiagnosticsReport::currentFacts(QUrl(u"https://api.proxyshard.com/v1"_s), &errors));
    const QString newer = u"- 2024-05-01T10:01:00.000Z POST /v1/purchase -> timeout: No answer "
                          "(request id: none)"_s;
    const QString older = u"- 2024-05-01T10:00:00.000Z GET /v1/orders -> HTTP 503 server: "
                          "Service unavailable (request id: req-aaa)"_s;
    QVERIFY2(text.contains(u"Recent errors (2, newest first):\n"_s + newer + u'\n' + older),
             qPrintable(text));
}

void TstDiagnosticsReport::neverTheKey()
{
    Redactor::addSecret(kKey);
    RecentErrors errors;
    // The key turning up where it should not: a server echoing it, a path, a request id.
    errors.record({{},
                   u"GET"_s,
                   u"/v1/me?api_key="_s + kKey,
                   401,
                   u"unauthorized"_s,
                   u"Invalid key "_s + kKey + u" (Authorization: Bearer "_s + kKey + u")"_s,
                   kKey});
    errors.record({{},
                   u"GET"_s,
                   u"/v1/orders/7/proxies"_s,
                   500,
                   u"server"_s,
                   u"{\"password\":\"hunter2\"} 203.0.113.5:8000:bob:Pa55"_s,
                   u"r-2"_s});
    DiagnosticsReport::Facts facts = DiagnosticsReport::currentFacts(
        QUrl(u"https://user:"_s + kKey + u"@api.proxyshard.com/v1?key="_s + kKey), &errors);
    const QString text = DiagnosticsReport::text(facts);
    QVERIFY2(!text.contains(kKey), qPrintable(text));
    QVERIFY2(!text.contains(kKey.left(12)), qPrintable(text));
    QVERIFY(!text.contains(u"hunter2"_s));
    QVERIFY(!text.contains(u"Pa55"_s));
    QVERIFY(text.contains(u"Server: https://api.proxyshard.com/v1\n"_s));
    QVERIFY(text.contains(u"HTTP 401 unauthorized: Invalid key [redacted]"_s));
    QVERIFY(text.contains(u"(request id: r-2)"_s));

    // Even a key nobody registered does not get through in a recognisable place.
    Redactor::clearSecrets();
    const QString unregistered = DiagnosticsReport::text(facts);
    QVERIFY(!unregistered.contains(u"Bearer "_s + kKey));
    QVERIFY(!unregistered.contains(u"api_key="_s + kKey));
    QVERIFY(!unregistered.contains(u"user:"_s));
}

void TstDiagnosticsReport::serverWithoutUserInfo_data()
{
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QUrl(u"https://api.proxyshard.com/v1"_s)
                           << u"https://api.proxyshard.com/v1"_s;
    QTest::newRow("user info") << QUrl(u"https://bob:pw@host.example:8443/api"_s)
                               << u"https://host.example:8443/api"_s;
    QTest::newRow("query") << QUrl(u"https://host.example/?token=x#frag"_s)
                           << u"https://host.example/"_s;
    QTest::newRow("loopback") << QUrl(u"http://127.0.0.1:8080"_s) << u"http://127.0.0.1:8080"_s;
    QTest::newRow("none") << QUrl() << u"(none)"_s;
}

void TstDiagnosticsReport::serverWithoutUserInfo()
{
    QFETCH(QUrl, server);
    QFETCH(QString, shown);
    QCOMPARE(DiagnosticsReport::safeServer(server), shown);
}

void TstDiagnosticsReport::logState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log(dir.path());
    log.setEnabled(true);
    qputenv("SHARDDESK_DEBUG", "1");
    const QString text = DiagnosticsReport::text(DiagnosticsReport::currentFacts({}, nullptr));
    log.setEnabled(false);
    QVERIFY2(text.contains(u"Diagnostic log: on, "_s + log.filePath() + u'\n'), qPrintable(text));
    QVERIFY(text.contains(u"SHARDDESK_DEBUG: on"_s));

    DiagnosticsReport::Facts facts;
    facts.logEnabled = true;
    facts.logWritable = false;
    facts.logPath = u"/nowhere/sharddesk.log"_s;
    QVERIFY(DiagnosticsReport::text(facts).contains(
        u"Diagnostic log: on (cannot write), /nowhere/sharddesk.log"_s));
}

QTEST_GUILESS_MAIN(TstDiagnosticsReport)
#include "tst_diagnosticsreport.moc"
