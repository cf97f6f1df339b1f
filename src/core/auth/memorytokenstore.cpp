#include "memorytokenstore.h"

#include <QTimer>

// Answers come on the next event-loop turn, like the keychain's, so callers handle one flow.

void MemoryTokenStore::load(const QString &server)
{
    QTimer::singleShot(0, this, [this, server] {
        const auto it = m_tokens.constFind(server);
        if (it == m_tokens.constEnd())
            emit loadFailed(server, QString(), true);
        else
            emit loaded(server, *it);
    });
}

void MemoryTokenStore::save(const QString &server, const QString &token)
{
    m_tokens.insert(server, token);
    QTimer::singleShot(0, this, [this, server] { emit saved(server); });
}

void MemoryTokenStore::remove(const QString &server)
{
    m_tokens.remove(server);
    QTimer::singleShot(0, this, [this, server] { emit removed(server); });
}

void MemoryTokenStore::probe()
{
    QTimer::singleShot(0, this, [this] { emit availabilityKnown(true, QString()); });
}
