// sharddesk-mock-server as a process: the "listening on" line, the options, clean shutdown on
// SIGTERM/SIGINT, and refusal of bad arguments.

#include "mocktestclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

class TestMockCli final : public QObject
{
    Q_OBJECT

private:
    // Starts the server and waits for its one line on stdout; returns its URL.
    static QUrl start(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(SHARDDESK_MOCK_SERVER_EXE), arguments);
        if (!process.waitForStarted(5000))
            return {};
        QByteArray out;
        for (int i = 0; i < 50 && !out.contains('\n'); ++i) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)\n$"_s)
                .match(QString::fromUtf8(out));
        return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
    }

    static void stop(QProcess &process, int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

private Q_SLOTS:
    void servesWithDefaultsAndStopsOnSigterm()
    {
        QProcess process;
        const QUrl url = start(process, {});
        QVERIFY2(url.isValid() && url.port() > 0, process.readAllStandardError().constData());
        MockTestClient client(url);
        QCOMPARE(client.get(u"/health"_s).status, 200);
        const HttpResult me = client.get(u"/user/api/me"_s);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(u"wallet_balance"_s).toInteger(), 250000);
        const QJsonObject all =
            client.get(u"/user/api/orders?status=all&limit=100&offset=200"_s).object();
        QCOMPARE(all.value(u"count"_s).toInt(), 40); // 240 orders by default
        QCOMPARE(client
                     .get(u"/user/api/orders/calculate?product=ISP%20Proxy&location=US"
                          "&cycle=monthly"_s)
                     .status,
                 200);
        stop(process, SIGTERM);
    }

    void options()
    {
        QProcess process;
        const QUrl url = start(process, {u"--token"_s, u"s3cret"_s, u"--orders"_s, u"12"_s,
                                         u"--seed"_s, u"5"_s, u"--balance-cents"_s, u"777"_s,
                                         u"--no-calculate"_s, u"--latency-ms"_s, u"20"_s});
        QVERIFY(url.isValid());
        MockTestClient client(url, QByteArrayLiteral("s3cret"));
        QCOMPARE(MockTestClient(url).get(u"/user/api/me"_s).status, 401);
        QCOMPARE(client.get(u"/user/api/me"_s).object().value(u"wallet_balance"_s).toInteger(),
                 777);
        QCOMPARE(client.get(u"/user/api/orders?status=all&limit=100"_s)
                     .object()
                     .value(u"count"_s)
                     .toInt(),
                 12);
        QCOMPARE(client
                     .get(u"/user/api/orders/calculate?product=ISP%20Proxy&location=US"
                          "&cycle=monthly"_s)
                     .status,
                 404);
        const QByteArray detail = client.get(u"/user/api/orders/100007"_s).body;

        // Same seed in another process: the same order.
        QProcess twin;
        const QUrl twinUrl =
            start(twin, {u"--token"_s, u"s3cret"_s, u"--orders"_s, u"12"_s, u"--seed"_s, u"5"_s});
        QVERIFY(twinUrl.isValid());
        QVERIFY(twinUrl.port() != url.port());
        const QJsonObject a = QJsonDocument::fromJson(detail).object()[u"order"_s].toObject();
        const QJsonObject b = MockTestClient(twinUrl, "s3cret")
                                  .get(u"/user/api/orders/100007"_s)
                                  .object()[u"order"_s]
                                  .toObject();
        for (const QString &key : {u"product_name"_s, u"cycle_name"_s, u"quantity"_s,
                                   u"price_paid"_s, u"status"_s, u"promo_code"_s, u"tag"_s})
            QCOMPARE(a.value(key), b.value(key));
        stop(twin, SIGINT);
        stop(process, SIGTERM);
    }

    // --profile picks the profile; SHARDDESK_MOCK_PROFILE (the test suite's switch) does not.
    void profile()
    {
        QProcess realistic;
        const QUrl url = start(realistic, {u"--profile"_s, u"realistic"_s});
        QVERIFY(url.isValid());
        MockTestClient client(url);
        QVERIFY(client.get(u"/user/api/me"_s).object().value(u"email"_s).isNull());
        const QJsonObject page = client.get(u"/user/api/orders?status=all&limit=100"_s).object();
        QCOMPARE(page.value(u"count"_s).toInt(), 50);
        const HttpResult malformed = client.post(u"/user/api/orders/100001/tag"_s, "{}");
        QCOMPARE(malformed.status, 400);
        QVERIFY(malformed.contentType.startsWith("text/plain"));
        stop(realistic, SIGTERM);

        QProcess strict;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SHARDDESK_MOCK_PROFILE"_s, u"realistic"_s);
        strict.setProcessEnvironment(environment);
        const QUrl strictUrl = start(strict, {});
        QVERIFY(strictUrl.isValid());
        MockTestClient strictClient(strictUrl);
        QCOMPARE(strictClient.get(u"/user/api/me"_s).object().value(u"email"_s).toString(),
                 u"demo@sharddesk.example"_s);
        QCOMPARE(strictClient.get(u"/user/api/orders?status=all&limit=100"_s)
                     .object()
                     .value(u"count"_s)
                     .toInt(),
                 100);
        stop(strict, SIGTERM);

        QProcess help;
        help.start(QStringLiteral(SHARDDESK_MOCK_SERVER_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(5000));
        QVERIFY(help.readAllStandardOutput().contains("--profile <strict|realistic>"));
    }

    void fixedPort()
    {
        // Find a free port by letting the first server pick, then reuse it after it stops.
        QProcess first;
        const QUrl url = start(first, {});
        QVERIFY(url.isValid());
        stop(first, SIGTERM);
        QProcess second;
        const QUrl again = start(second, {u"--port"_s, QString::number(url.port())});
        QCOMPARE(again, url);
        stop(second, SIGTERM);
    }

    void rejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s};
        QTest::newRow("orders") << QStringList{u"--orders"_s, u"-1"_s};
        QTest::newRow("seed") << QStringList{u"--seed"_s, u"abc"_s};
        QTest::newRow("latency") << QStringList{u"--latency-ms"_s, u"x"_s};
        QTest::newRow("balance") << QStringList{u"--balance-cents"_s, u"-5"_s};
        QTest::newRow("host") << QStringList{u"--host"_s, u"not-an-address"_s};
        QTest::newRow("token") << QStringList{u"--token"_s, u""_s};
        QTest::newRow("profile") << QStringList{u"--profile"_s, u"chaos"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s};
    }
    void rejectsBadArguments()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QStringLiteral(SHARDDESK_MOCK_SERVER_EXE), arguments);
        QVERIFY(process.waitForFinished(5000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMockCli)
#include "tst_mockcli.moc"
