// Where the API key must never be: after signing in through the app's own startup flow (sign-in
// dialog, "Remember" off and on, memory and keychain stores; CI has no keychain service), a
// sync and failed calls, the key is in no file under the app's config, cache and data
// directories and in no log line. The key is never offered to a plain-HTTP server that is not
// this machine (no connection is even attempted), and a server with a self-signed certificate
// is refused before any request byte, so it never sees the Authorization header.

#include "domain/serveraddress.h"
#include "hardeningsupport.h"

#include "api/apiclient.h"
#include "auth/tokenstore.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"
#include "session/appcontext.h"
#include "startupflow.h"

#include "mockserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Hardening;

namespace {

// Long and unlike anything else in a file: a hit is the key, not a coincidence.
const QString kKey = u"psk_live_7Hq2ZxV9mWc4Rt8Ly3Nd6Kb1Pf5Sg0Ja"_s;
constexpr int kWaitMs = 15000;

// Every place the app keeps files, in test mode (~/.qttest/...), never the person's own.
QStringList appLocations()
{
    const QList<QStandardPaths::StandardLocation> kinds{
        QStandardPaths::GenericConfigLocation, QStandardPaths::ConfigLocation,
        QStandardPaths::AppConfigLocation,     QStandardPaths::GenericCacheLocation,
        QStandardPaths::CacheLocation,         QStandardPaths::GenericDataLocation,
        QStandardPaths::AppDataLocation,       QStandardPaths::AppLocalDataLocation};
    QStringList out;
    for (QStandardPaths::StandardLocation kind : kinds) {
        const QString path = QStandardPaths::writableLocation(kind);
        if (!path.isEmpty() && !out.contains(path))
            out.append(path);
    }
    return out;
}

// The key as it could sit in a file: UTF-8/Latin-1, UTF-16 either way round, Base64, or
// percent-encoded.
QList<QByteArray> keyEncodings()
{
    QByteArray utf16le;
    QByteArray utf16be;
    for (QChar c : kKey) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    const QByteArray utf8 = kKey.toUtf8();
    return {utf8, utf16le, utf16be, utf8.toBase64(), QUrl::toPercentEncoding(kKey)};
}

struct Scan
{
    QStringList files;
    QStringList hits;
};

Scan scanForKey(const QStringList &roots)
{
    Scan scan;
    const QList<QByteArray> needles = keyEncodings();
    QSet<QString> seen;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (seen.contains(path))
                continue;
            seen.insert(path);
            scan.files.append(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    scan.hits.append(path);
                    break;
                }
            }
        }
    }
    return scan;
}

// A TLS server with a self-signed certificate for 127.0.0.1 (tests/hardening/selfsigned-*.pem,
// test-only): counts the handshakes it starts and keeps whatever decrypted bytes arrive.
class SelfSignedServer final : public QTcpServer
{
    Q_OBJECT

public:
    SelfSignedServer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate), m_key(key)
    {
    }

    int connections = 0;
    int encrypted = 0;
    QByteArray plaintext;

signals:
    void connectionEnded();

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++encrypted; });
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { plaintext += socket->readAll(); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            socket->deleteLater();
            emit connectionEnded();
        });
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QByteArray readTestFile(const char *name)
{
    QFile file(QStringLiteral(SHARDDESK_HARDENING_DIR "/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInLeavesTheKeyNowhere_data();
    void signInLeavesTheKeyNowhere();
    void plainHttpToAnotherHostIsRefused();
    void selfSignedCertificateIsRefused();

private:
    void removeAppDirectories();
    LoginDialog *openLoginDialog() const;

    std::unique_ptr<MockServer> m_server;
};

void TestSecrets::initTestCase()
{
    // Exactly the app's identity (main.cpp), in Qt's test-mode directories.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ShardDesk"_s);
    QCoreApplication::setApplicationName(u"ShardDesk"_s);
    // Every debug message of ours and of the libraries we use, so a leak cannot hide in one.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
    removeAppDirectories();

    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(60);
    m_server->setToken(kKey);
    QVERIFY(m_server->listen(QHostAddress(QHostAddress::LocalHost), 0));
}

void TestSecrets::cleanupTestCase()
{
    m_server.reset();
    removeAppDirectories();
}

void TestSecrets::removeAppDirectories()
{
    // Only the app's own test-mode folders; the generic ones are shared with other tests.
    for (QStandardPaths::StandardLocation kind :
         {QStandardPaths::AppConfigLocation, QStandardPaths::CacheLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation}) {
        const QString path = QStandardPaths::writableLocation(kind);
        if (path.contains(u".qttest"))
            QDir(path).removeRecursively();
    }
    QSettings().clear();
}

LoginDialog *TestSecrets::openLoginDialog() const
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<LoginDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestSecrets::signInLeavesTheKeyNowhere_data()
{
    QTest::addColumn<bool>("keychain");
    QTest::addColumn<bool>("remember");
    QTest::newRow("memory store, remember off") << false << false;
    QTest::newRow("memory store, remember on") << false << true;
    QTest::newRow("keychain store, remember off") << true << false;
    QTest::newRow("keychain store, remember on") << true << true;
}

void TestSecrets::signInLeavesTheKeyNowhere()
{
    QFETCH(bool, keychain);
    QFETCH(bool, remember);
    m_server->clearFaults();
    const LogCapture logs;
    qDebug("log capture marker");

    // The services as main() builds them.
    AppContext context(keychain ? AppContext::KeyStorage::Keychain
                                : AppContext::KeyStorage::Memory);
    ApiClient &client = context.client();
    ApiClient::RetryPolicy retry;
    retry.maxRetries = 1;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 20;
    client.setRetryPolicy(retry);
    client.setTimeoutMs(5000);
    OrderStore &store = context.store();
    SignInService &signIn = context.signIn();
    AccountService &account = context.account();
    OrderService &orders = context.orders();
    TokenStore *tokens = &context.tokens();
    auto window = std::make_unique<MainWindow>(context);
    StartupFlow flow(context, window.get());

    QSignalSpy loadFailed(tokens, &TokenStore::loadFailed);
    QSignalSpy availability(tokens, &TokenStore::availabilityKnown);
    QSignalSpy saved(tokens, &TokenStore::saved);
    QSignalSpy saveFailed(tokens, &TokenStore::saveFailed);
    QSignalSpy signedIn(&signIn, &SignInService::signedIn);
    QSignalSpy synced(&orders, &OrderService::synced);
    QSignalSpy accountChanged(&account, &AccountService::accountChanged);

    // Nothing remembered (or no keychain): the flow opens the sign-in dialog.
    StartupFlow::Options options;
    options.server = m_server->url();
    flow.start(options);
    QVERIFY(loadFailed.wait(kWaitMs));
    LoginDialog *dialog = openLoginDialog();
    QVERIFY(dialog);
    if (availability.isEmpty())
        QVERIFY(availability.wait(kWaitMs));
    const bool keychainAvailable = availability.first().at(0).toBool();

    auto *keyEdit = dialog->findChild<QLineEdit *>(u"keyEdit"_s);
    auto *rememberCheck = dialog->findChild<QCheckBox *>(u"rememberCheck"_s);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(keyEdit && rememberCheck && buttons);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    const bool dialogCanRemember = rememberCheck->isEnabled();
    QCOMPARE(dialogCanRemember, keychain && keychainAvailable);
    rememberCheck->setChecked(remember && dialogCanRemember);
    keyEdit->setText(kKey);
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(signedIn.wait(kWaitMs));
    QVERIFY(synced.wait(kWaitMs));
    QCOMPARE(store.count(), qsizetype(60));
    if (accountChanged.isEmpty())
        QVERIFY(accountChanged.wait(kWaitMs));

    if (remember) {
        // Where the dialog could not offer "Remember" (no keychain service here), ask the store
        // to keep the key exactly as the startup flow does when it is ticked.
        if (!dialogCanRemember)
            tokens->save(options.server.toString(), kKey);
        if (saved.isEmpty() && saveFailed.isEmpty()) {
            Waiter answered;
            QSignalSpy answer(&answered, &Waiter::done);
            connect(tokens, &TokenStore::saved, &answered, [&answered] { emit answered.done(); });
            connect(tokens, &TokenStore::saveFailed, &answered,
                    [&answered] { emit answered.done(); });
            QVERIFY(answer.wait(kWaitMs));
        }
        QCOMPARE(saved.size() + saveFailed.size(), 1);
        if (keychain && !keychainAvailable) {
            // No insecure fallback: saving fails and says why.
            QCOMPARE(saveFailed.size(), 1);
            QVERIFY(!saveFailed.first().at(1).toString().isEmpty());
        }
        qInfo("%s store, remember: %s", keychain ? "keychain" : "memory",
              saved.isEmpty() ? qPrintable(u"refused ("_s + saveFailed.first().at(1).toString() +
                                           u')')
                              : "kept");
    }

    // Failed calls, the kind that end up in messages and logs.
    QSignalSpy refreshFailed(&account, &AccountService::refreshFailed);
    QSignalSpy syncFailed(&orders, &OrderService::syncFailed);
    MockFault serverError = MockFault::make(MockFault::Kind::Server500, u"/user/api/me"_s);
    serverError.count = -1;
    m_server->addFault(serverError);
    account.refresh();
    QVERIFY(refreshFailed.wait(kWaitMs));
    MockFault rejected = MockFault::make(MockFault::Kind::Unauthorized401, u"/user/api/orders"_s);
    rejected.count = -1;
    m_server->addFault(rejected);
    orders.refresh();
    QVERIFY(syncFailed.wait(kWaitMs));
    m_server->clearFaults();
    for (const QList<QVariant> &failure : {refreshFailed.first(), syncFailed.first()})
        QVERIFY(!failure.at(0).value<ApiError>().message().contains(kKey));

    // The window writes its settings on close, like at quit.
    window->close();
    window.reset();
    QSettings().sync();

    const QStringList roots = appLocations();
    const Scan scan = scanForKey(roots);
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(scan.files.contains(settingsFile),
             qPrintable(u"the scan must cover the app's settings file "_s + settingsFile));
    qInfo("scanned %d files under %s", int(scan.files.size()), qPrintable(roots.join(u", ")));
    QVERIFY2(scan.hits.isEmpty(), qPrintable(u"the key is in "_s + scan.hits.join(u", ")));

    const QStringList lines = logs.lines();
    QVERIFY(lines.contains(u"default: log capture marker"_s));
    for (const QString &line : lines)
        QVERIFY2(!line.contains(kKey), qPrintable(u"the key is in a log line: "_s + line));
}

void TestSecrets::plainHttpToAnotherHostIsRefused()
{
    // The rule, for a person.
    const QString why = ServerAddress::problem(QUrl(u"http://user-api.proxyshard.com"_s));
    QCOMPARE(why, ApiError::humanMessage(ApiError::Kind::Insecure, 0));
    QVERIFY2(why.contains(u"https://"_s), qPrintable(why));
    QVERIFY(ServerAddress::problem(QUrl(u"https://user-api.proxyshard.com"_s)).isEmpty());
    QVERIFY(ServerAddress::problem(QUrl(u"http://127.0.0.1:8080"_s)).isEmpty());
    QVERIFY(ServerAddress::problem(QUrl(u"http://localhost:8080"_s)).isEmpty());
    QVERIFY(!SignInService::checkServer(QUrl(u"http://192.0.2.10"_s)).isEmpty());

    // A listener on every interface of this machine. http://0.0.0.0:PORT would reach it, and so
    // would this machine's own addresses, but none of them is loopback by name: the client must
    // not even connect.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::AnyIPv4, 0));
    QList<QTcpSocket *> accepted;
    connect(&listener, &QTcpServer::newConnection, this, [&listener, &accepted] {
        while (QTcpSocket *s = listener.nextPendingConnection())
            accepted.append(s);
    });
    QStringList hosts{u"0.0.0.0"_s};
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()) {
            hosts.append(a.toString());
            break;
        }
    }

    for (const QString &host : std::as_const(hosts)) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(host);
        url.setPort(listener.serverPort());
        ApiClient client;
        client.setBaseUrl(url);
        client.setToken(kKey);
        const auto get = await<Account>([&client](QObject *c, auto cb) { client.me(c, cb); });
        QVERIFY(get);
        QVERIFY(!get->ok());
        QCOMPARE(ApiError::kindName(get->error().kind()), ApiError::kindName(ApiError::Kind::Insecure));
        QCOMPARE(get->error().message(), why);
        const auto post =
            await<ActionResult>([&client](QObject *c, auto cb) { client.renew(1, c, cb); });
        QVERIFY(post && !post->ok());
        QCOMPARE(post->error().kind(), ApiError::Kind::Insecure);

        // Signing in refuses at once, before the key reaches the client.
        SignInService signIn(&client);
        QSignalSpy failed(&signIn, &SignInService::signInFailed);
        signIn.signIn(url, kKey);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<ApiError>().kind(), ApiError::Kind::Insecure);
        QVERIFY(!signIn.isBusy());
        qInfo("http://%s:%d refused: %s", qPrintable(host), int(listener.serverPort()),
              qPrintable(get->error().message()));
    }

    // Control: the listener does see a client that connects (loopback, allowed), and that one
    // is the first connection it ever saw.
    QSignalSpy newConnection(&listener, &QTcpServer::newConnection);
    QTcpSocket control;
    control.connectToHost(QHostAddress(QHostAddress::LocalHost), listener.serverPort());
    QVERIFY(newConnection.wait(kWaitMs));
    QCOMPARE(accepted.size(), 1);
    qDeleteAll(accepted);
}

void TestSecrets::selfSignedCertificateIsRefused()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    const QSslCertificate certificate(readTestFile("selfsigned-cert.pem"), QSsl::Pem);
    const QSslKey key(readTestFile("selfsigned-key.pem"), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(!key.isNull());
    // Right name, right dates: the only thing wrong is that nobody trusted vouches for it.
    QVERIFY(certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(certificate.expiryDate() > QDateTime::currentDateTimeUtc());
    QVERIFY(certificate.isSelfSigned());

    SelfSignedServer server(certificate, key);
    QVERIFY(server.listen(QHostAddress(QHostAddress::LocalHost), 0));
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(server.serverPort());
    QVERIFY(ServerAddress::problem(url).isEmpty());

    ApiClient client;
    client.setBaseUrl(url);
    client.setToken(kKey);
    client.setTimeoutMs(10000);
    ApiClient::RetryPolicy retry;
    retry.maxRetries = 2;
    retry.baseDelayMs = 10;
    retry.maxDelayMs = 20;
    client.setRetryPolicy(retry);
    QSignalSpy retries(&client, &ApiClient::retryScheduled);

    for (int round = 0; round < 2; ++round) {
        std::optional<ApiError> r;
        if (round == 0) {
            const auto get = await<Account>([&client](QObject *c, auto cb) { client.me(c, cb); });
            if (get)
                r = get->error();
        } else {
            const auto post = await<ActionResult>(
                [&client](QObject *c, auto cb) { client.setTag(1, u"t"_s, c, cb); });
            if (post)
                r = post->error();
        }
        QVERIFY(r);
        const ApiError error = *r;
        QCOMPARE(ApiError::kindName(error.kind()), ApiError::kindName(ApiError::Kind::Network));
        QVERIFY2(error.message().contains(u"certificate"_s), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"127.0.0.1"_s), qPrintable(error.message()));
        qInfo("%s: %s", round == 0 ? "GET /me" : "POST tag", qPrintable(error.message()));
    }
    QCOMPARE(retries.size(), 0); // a certificate does not get better by asking again
    QVERIFY(server.connections >= 2); // TLS was really tried against this server
    QCOMPARE(server.encrypted, 0);
    // Not one byte of a request got through: no Authorization header, no key.
    QVERIFY2(server.plaintext.isEmpty(), server.plaintext.constData());
    QCOMPARE(client.callsInFlight(), 0);
}

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
