#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class MockProxyServer;

// Where the demo's Datacenter/ISP proxies point once a MockProxyServer serves them: every row
// of proxies/active is 127.0.0.1 with the server's HTTP and SOCKS5 ports, its own user name
// (sd<orderId>-<index>) and its listed password, so the proxy checker can be tried without an
// account. A deterministic few do not work, as in real life: about 1 in 50 is dead (both ports
// are deadPort, where nothing listens) and about 1 in 50 lists a password the proxy refuses.
// Pure functions of the order and row, so the proxy's authenticator (accepts()) needs no access
// to the backend's state and can run in any thread.
class DemoProxies final
{
public:
    enum class Kind { Working, Dead, WrongPassword };

    static constexpr const char *kHost = "127.0.0.1";
    static constexpr int kBadOneIn = 50; // each of Dead and WrongPassword

    DemoProxies(quint16 httpPort, quint16 socksPort, quint16 deadPort)
        : m_httpPort(httpPort), m_socksPort(socksPort), m_deadPort(deadPort)
    {
    }

    quint16 httpPort() const { return m_httpPort; }
    quint16 socksPort() const { return m_socksPort; }
    quint16 deadPort() const { return m_deadPort; }
    // The ports row `index` of the order lists.
    quint16 httpPort(qint64 orderId, int index) const;
    quint16 socksPort(qint64 orderId, int index) const;

    static Kind kind(qint64 orderId, int index);
    static QString username(qint64 orderId, int index);
    // What proxies/active lists (the same password as without demo proxies).
    static QString listedPassword(qint64 orderId, int index);
    // What the proxy takes: the listed password, except for WrongPassword rows.
    static QString acceptedPassword(qint64 orderId, int index);
    // MockProxyServer's authenticator for the demo: a user name of a row and its accepted
    // password (any order id of that form: the proxy does not know the account).
    static bool accepts(const QString &user, const QString &password);

    // Sets `server` up as the demo's proxies (accepts() as its authenticator, credentials
    // required), makes it listen on 127.0.0.1 and picks a dead port: what to pass to
    // MockBackend::setDemoProxies(). nullopt when it cannot listen. Call it in the server's thread.
    static std::optional<DemoProxies> serve(MockProxyServer &server);

private:
    quint16 m_httpPort;
    quint16 m_socksPort;
    quint16 m_deadPort;
};
