#include "mocksocks5session.h"

#include "mockproxypolicy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>

namespace {

constexpr char kVersion = 0x05;
constexpr char kAuthVersion = 0x01; // RFC 1929
constexpr quint8 kNoAuth = 0x00;
constexpr quint8 kUserPassword = 0x02;
constexpr quint8 kNoAcceptableMethod = 0xff;
constexpr quint8 kCommandConnect = 0x01;
constexpr quint8 kIPv4 = 0x01;
constexpr quint8 kDomain = 0x03;
constexpr quint8 kIPv6 = 0x04;

quint8 byteAt(const QByteArray &bytes, qsizetype i)
{
    return quint8(bytes.at(i));
}

// VER REP RSV ATYP BND.ADDR BND.PORT; a refusal names 0.0.0.0:0.
QByteArray replyBytes(quint8 reply, const QHostAddress &bound = QHostAddress(QHostAddress::AnyIPv4),
                      quint16 port = 0)
{
    QByteArray out;
    out.append(kVersion).append(char(reply)).append('\0');
    bool isV4 = false;
    const quint32 v4 = bound.toIPv4Address(&isV4);
    if (isV4) {
        out.append(char(kIPv4));
        char raw[4];
        qToBigEndian(v4, raw);
        out.append(raw, 4);
    } else {
        out.append(char(kIPv6));
        const Q_IPV6ADDR v6 = bound.toIPv6Address();
        out.append(reinterpret_cast<const char *>(v6.c), 16);
    }
    char rawPort[2];
    qToBigEndian(port, rawPort);
    out.append(rawPort, 2);
    return out;
}

} // namespace

void MockSocks5Session::onHandshakeData()
{
    for (;;) {
        bool more = false;
        switch (m_step) {
        case Step::Greeting:
            more = readGreeting();
            break;
        case Step::Credentials:
            more = readCredentials();
            break;
        case Step::Request:
            more = readRequest();
            break;
        }
        if (!more)
            return;
    }
}

bool MockSocks5Session::readGreeting()
{
    const QByteArray &in = buffer();
    if (in.size() < 2)
        return false;
    if (in.at(0) != kVersion) {
        closeClient();
        return false;
    }
    const qsizetype count = byteAt(in, 1);
    if (in.size() < 2 + count)
        return false;
    const QByteArray methods = in.mid(2, count);
    buffer().remove(0, 2 + count);
    quint8 chosen = kNoAcceptableMethod;
    if (methods.contains(char(kUserPassword)))
        chosen = kUserPassword;
    else if (methods.contains(char(kNoAuth)) && policy().admitsAnonymous())
        chosen = kNoAuth;
    const char reply[2] = {kVersion, char(chosen)};
    if (chosen == kNoAcceptableMethod) {
        closeClient(QByteArray(reply, 2));
        return false;
    }
    client()->write(reply, 2);
    m_step = chosen == kUserPassword ? Step::Credentials : Step::Request;
    return true;
}

bool MockSocks5Session::readCredentials()
{
    const QByteArray &in = buffer();
    if (in.size() < 2)
        return false;
    if (in.at(0) != kAuthVersion) {
        closeClient();
        return false;
    }
    const qsizetype userLength = byteAt(in, 1);
    if (in.size() < 3 + userLength)
        return false;
    const qsizetype passwordLength = byteAt(in, 2 + userLength);
    if (in.size() < 3 + userLength + passwordLength)
        return false;
    const QString user = QString::fromUtf8(in.mid(2, userLength));
    const QString password = QString::fromUtf8(in.mid(3 + userLength, passwordLength));
    buffer().remove(0, 3 + userLength + passwordLength);
    const char success[2] = {kAuthVersion, 0x00};
    if (policy().hangs(user)) {
        // Signed in, then silence: the CONNECT is never answered.
        client()->write(success, 2);
        hang();
        return false;
    }
    if (!policy().admits(user, password)) {
        const char failure[2] = {kAuthVersion, 0x01};
        closeClient(QByteArray(failure, 2));
        return false;
    }
    client()->write(success, 2);
    m_step = Step::Request;
    return true;
}

bool MockSocks5Session::readRequest()
{
    const QByteArray &in = buffer();
    if (in.size() < 5)
        return false;
    if (in.at(0) != kVersion) {
        closeClient();
        return false;
    }
    const quint8 command = byteAt(in, 1);
    const quint8 addressType = byteAt(in, 3);
    qsizetype addressLength = 0;
    qsizetype addressStart = 4;
    switch (addressType) {
    case kIPv4:
        addressLength = 4;
        break;
    case kIPv6:
        addressLength = 16;
        break;
    case kDomain:
        addressLength = byteAt(in, 4);
        addressStart = 5;
        break;
    default:
        refuse(AddressTypeNotSupported);
        return false;
    }
    const qsizetype total = addressStart + addressLength + 2;
    if (in.size() < total)
        return false;
    const QByteArray rawAddress = in.mid(addressStart, addressLength);
    const quint16 port = qFromBigEndian<quint16>(in.constData() + addressStart + addressLength);
    buffer().remove(0, total);
    if (command != kCommandConnect) {
        refuse(CommandNotSupported);
        return false;
    }
    QString host;
    if (addressType == kIPv4) {
        host = QHostAddress(qFromBigEndian<quint32>(rawAddress.constData())).toString();
    } else if (addressType == kIPv6) {
        host = QHostAddress(reinterpret_cast<const quint8 *>(rawAddress.constData())).toString();
    } else {
        host = QString::fromUtf8(rawAddress);
    }
    const std::optional<QHostAddress> address = MockProxyPolicy::loopbackDestination(host);
    if (!address) {
        refuse(NotAllowed);
        return false;
    }
    connectUpstream(*address, port);
    return false;
}

void MockSocks5Session::onUpstreamConnected(const QHostAddress &boundAddress, quint16 boundPort)
{
    client()->write(replyBytes(Succeeded, boundAddress, boundPort));
    startRelay();
}

void MockSocks5Session::onUpstreamFailed(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        refuse(ConnectionRefused);
        break;
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        refuse(HostUnreachable);
        break;
    default:
        refuse(GeneralFailure);
        break;
    }
}

void MockSocks5Session::refuse(Reply reply)
{
    closeClient(replyBytes(reply));
}
