#include "proxydaemons.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkProxy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTextStream>

#include <unistd.h>

namespace ProxyDaemons {

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool waitUntilAccepting(quint16 port, int timeoutMs)
{
    // A daemon just started refuses until it listens: the condition is tried again as events
    // are processed, until it holds or the time is up (as QTRY_VERIFY does).
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.setProxy(QNetworkProxy::NoProxy);
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(200))
                return false;
            socket.disconnectFromHost();
            return true;
        },
        timeoutMs);
}

void isolateFromEnvironmentProxies()
{
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                             "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        qunsetenv(name);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
}

Daemon::~Daemon()
{
    stop();
}

void Daemon::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString Daemon::output() const
{
    QFile log(m_dir.filePath(QStringLiteral("daemon.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    // The end is what explains a failure.
    const QByteArray bytes = log.readAll();
    return QString::fromLocal8Bit(bytes.right(4000));
}

bool Daemon::start(QString *why)
{
    if (QStandardPaths::findExecutable(binary()).isEmpty() &&
        QStandardPaths::findExecutable(binary(), {QStringLiteral("/usr/sbin"),
                                                  QStringLiteral("/usr/bin")})
            .isEmpty()) {
        *why = QStringLiteral("%1 is not installed: run scripts/install-deps.sh (it installs the "
                              "proxy daemons the checker's tests use)")
                   .arg(binary());
        return false;
    }
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder for %1: %2").arg(binary(), m_dir.errorString());
        return false;
    }
    // A free port can be taken between the probe and the daemon's bind: try a few.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freeLoopbackPort();
        if (port == 0) {
            *why = QStringLiteral("no free loopback port");
            return false;
        }
        if (startOnce(port, why))
            return true;
    }
    return false;
}

bool Daemon::startOnce(quint16 port, QString *why)
{
    stop();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {QStringLiteral("http_proxy"), QStringLiteral("https_proxy"),
                                QStringLiteral("all_proxy"), QStringLiteral("HTTP_PROXY"),
                                QStringLiteral("HTTPS_PROXY"), QStringLiteral("ALL_PROXY")})
        env.remove(name);
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("daemon.log")));
    QString program = QStandardPaths::findExecutable(binary());
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(
            binary(), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    m_process.start(program, arguments(m_dir, port));
    if (!m_process.waitForStarted(5000)) {
        *why = QStringLiteral("%1 did not start: %2 (run scripts/install-deps.sh)")
                   .arg(binary(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *why = QStringLiteral("%1 exited (code %2) before listening on 127.0.0.1:%3:\n%4")
                       .arg(binary())
                       .arg(m_process.exitCode())
                       .arg(port)
                       .arg(output());
            return false;
        }
        if (waitUntilAccepting(port, 200)) {
            m_port = port;
            return true;
        }
    }
    *why = QStringLiteral("%1 does not accept connections on 127.0.0.1:%2 after 10 s:\n%3")
               .arg(binary())
               .arg(port)
               .arg(output());
    stop();
    return false;
}

QStringList Tinyproxy::arguments(const QTemporaryDir &dir, quint16 port) const
{
    const QString path = dir.filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        QTextStream out(&file);
        // As root (containers, CI) it drops to an unprivileged user, as its package does.
        if (::geteuid() == 0)
            out << "User nobody\nGroup nogroup\n";
        out << "Port " << port << "\n"
            << "Listen 127.0.0.1\n"
            << "Timeout 30\n"
            << "MaxClients 512\n"
            << "Allow 127.0.0.1\n"
            << "LogLevel Info\n"
            << "DisableViaHeader Yes\n";
        for (const Credentials &user : m_users)
            out << "BasicAuth " << user.first << ' ' << user.second << "\n";
    }
    return {QStringLiteral("-d"), QStringLiteral("-c"), path};
}

QStringList Microsocks::arguments(const QTemporaryDir &, quint16 port) const
{
    QStringList args{QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                     QString::number(port)};
    if (!m_user.isEmpty())
        args << QStringLiteral("-u") << m_user << QStringLiteral("-P") << m_password;
    return args;
}

SilentProxy::SilentProxy()
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            // Held (a child of the server) until the client gives up or the server goes.
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [socket] { socket->readAll(); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

} // namespace ProxyDaemons
