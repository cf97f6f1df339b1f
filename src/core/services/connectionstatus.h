#pragma once

#include "domain/apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

// How the app stands with the server, for a persistent indicator instead of pop-ups. Services
// report what happened; this derives the one state a person needs to see.
class ConnectionStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Connecting, Connected, Syncing, Offline, KeyRejected };
    Q_ENUM(State)

    explicit ConnectionStatus(QObject *parent = nullptr);

    State state() const { return m_state; }
    ApiError lastError() const { return m_lastError; }
    QString text() const;
    static QString textFor(State state);
    // Since when the server cannot be reached (no answer, a timeout, a 5xx), through every retry
    // and sync that fails the same way; invalid while it answers. A refusal in words (4xx) is an
    // answer: it does not make us offline.
    QDateTime offlineSince() const { return m_offlineSince; }
    bool isOffline() const { return m_offlineSince.isValid(); }

    void setSignedOut();
    void setConnecting();
    void setSyncing(bool syncing);
    void reportSuccess();
    void reportFailure(const ApiError &error);

signals:
    void stateChanged(ConnectionStatus::State state);
    // offlineSince() became valid or invalid.
    void offlineChanged(bool offline);

private:
    void setState(State state);
    void setReachable(bool reachable);

    State m_state = State::SignedOut;
    bool m_syncing = false;
    bool m_online = false;
    ApiError m_lastError;
    QDateTime m_offlineSince; // UTC
};
