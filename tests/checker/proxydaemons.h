#pragma once

// Real proxy daemons from Debian packages on loopback, for the proxy checker's tests: tinyproxy
// (an HTTP proxy with BasicAuth) and microsocks (SOCKS5 with username/password, or open), each
// with a generated configuration in its own temporary folder, on a free port, stopped when the
// object goes. scripts/install-deps.sh installs both; a missing binary is a test failure that
// names it.
//
// Plus the small loopback pieces the tests need around them: a free port, waiting until a port
// accepts connections, and a "proxy" that accepts and never answers.

#include <QList>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace ProxyDaemons {

// A loopback port nothing listens on right now (a listener on port 0 is opened and closed).
quint16 freeLoopbackPort();
// Whether 127.0.0.1:port accepts a connection within timeoutMs (polled, bounded).
bool waitUntilAccepting(quint16 port, int timeoutMs);

using Credentials = QPair<QString, QString>; // user, password

// One daemon process. start() picks a free port, writes the configuration, runs the binary and
// waits until the port accepts connections; it says why not in `why` (the binary missing, the
// daemon exiting, with its output). The destructor kills the process.
class Daemon
{
public:
    virtual ~Daemon();
    Daemon(const Daemon &) = delete;
    Daemon &operator=(const Daemon &) = delete;

    bool start(QString *why);
    quint16 port() const { return m_port; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QString output() const; // what the daemon wrote so far (its log)
    void stop();

protected:
    Daemon() = default;
    virtual QString binary() const = 0;
    virtual QStringList arguments(const QTemporaryDir &dir, quint16 port) const = 0;

private:
    bool startOnce(quint16 port, QString *why);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// tinyproxy -d -c <conf>: an HTTP proxy on 127.0.0.1 with a BasicAuth line for each user (none:
// open). Note: it answers wrong credentials with 401 and WWW-Authenticate (not 407).
class Tinyproxy final : public Daemon
{
public:
    explicit Tinyproxy(QList<Credentials> users) : m_users(std::move(users)) {}

protected:
    QString binary() const override { return QStringLiteral("tinyproxy"); }
    QStringList arguments(const QTemporaryDir &dir, quint16 port) const override;

private:
    QList<Credentials> m_users;
};

// microsocks -i 127.0.0.1 -p <port> [-u user -P pass]: SOCKS5, with one user or open (no
// authentication: any user name is let in).
class Microsocks final : public Daemon
{
public:
    Microsocks() = default; // open
    Microsocks(QString user, QString password)
        : m_user(std::move(user)), m_password(std::move(password))
    {
    }

protected:
    QString binary() const override { return QStringLiteral("microsocks"); }
    QStringList arguments(const QTemporaryDir &dir, quint16 port) const override;

private:
    QString m_user;
    QString m_password;
};

// A "proxy" that accepts every connection, reads and discards what comes, and never answers:
// the checker must give up on its own deadline.
class SilentProxy final
{
public:
    SilentProxy();
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int connectionsAccepted() const { return m_accepted; }

private:
    QTcpServer m_server;
    int m_accepted = 0;
};

// No http_proxy/https_proxy/all_proxy/no_proxy from the environment in this process or the
// daemons it starts, and no application-wide proxy: only the checker's own per-request proxy.
void isolateFromEnvironmentProxies();

} // namespace ProxyDaemons

// Starts a daemon in a test function; a missing binary or a daemon that does not come up fails
// the test with the reason (and the hint to run scripts/install-deps.sh).
#define START_PROXY_DAEMON(daemon)                                                              \
    do {                                                                                        \
        QString why_;                                                                           \
        if (!(daemon).start(&why_))                                                             \
            QFAIL(qPrintable(why_));                                                            \
    } while (false)
