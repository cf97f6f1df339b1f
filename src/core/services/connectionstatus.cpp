#include "connectionstatus.h"

ConnectionStatus::ConnectionStatus(QObject *parent) : QObject(parent) {}

QString ConnectionStatus::textFor(State state)
{
    switch (state) {
    case State::SignedOut:
        return tr("Signed out");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::Syncing:
        return tr("Syncing…");
    case State::Offline:
        return tr("Offline");
    case State::KeyRejected:
        return tr("Key rejected");
    }
    return {};
}

QString ConnectionStatus::text() const
{
    return textFor(m_state);
}

void ConnectionStatus::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ConnectionStatus::setReachable(bool reachable)
{
    if (reachable == !m_offlineSince.isValid())
        return;
    m_offlineSince = reachable ? QDateTime() : QDateTime::currentDateTimeUtc();
    emit offlineChanged(!reachable);
}

void ConnectionStatus::setSignedOut()
{
    m_syncing = false;
    m_online = false;
    setReachable(true);
    setState(State::SignedOut);
}

void ConnectionStatus::setConnecting()
{
    setState(State::Connecting);
}

void ConnectionStatus::setSyncing(bool syncing)
{
    m_syncing = syncing;
    if (m_state == State::KeyRejected || m_state == State::SignedOut)
        return;
    if (syncing)
        setState(State::Syncing);
    else
        setState(m_online ? State::Connected : State::Offline);
}

void ConnectionStatus::reportSuccess()
{
    m_online = true;
    m_lastError = ApiError();
    setReachable(true);
    if (m_state == State::SignedOut)
        return;
    setState(m_syncing ? State::Syncing : State::Connected);
}

void ConnectionStatus::reportFailure(const ApiError &error)
{
    m_lastError = error;
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        m_online = false;
        setReachable(true); // it answered, if only to say no
        setState(State::KeyRejected);
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::Insecure:
        m_online = false;
        if (m_state != State::SignedOut) {
            setReachable(false);
            setState(m_syncing ? State::Syncing : State::Offline);
        }
        break;
    default:
        // The server answered: we are connected even if it refused this one request.
        m_online = true;
        setReachable(true);
        if (m_state != State::SignedOut)
            setState(m_syncing ? State::Syncing : State::Connected);
        break;
    }
}
