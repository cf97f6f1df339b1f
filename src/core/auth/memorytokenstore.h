#pragma once

#include "tokenstore.h"

#include <QHash>

// Keeps keys for this process only: the fallback where no keychain service exists, and the
// store tests use.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void load(const QString &server) override;
    void save(const QString &server, const QString &token) override;
    void remove(const QString &server) override;
    bool persists() const override { return false; }
    void probe() override;

private:
    QHash<QString, QString> m_tokens;
};
