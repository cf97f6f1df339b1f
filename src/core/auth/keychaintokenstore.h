#pragma once

#include "tokenstore.h"

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Store on Windows). No insecure fallback: if there is no keychain, saving fails and says so.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);

    void load(const QString &server) override;
    void save(const QString &server, const QString &token) override;
    void remove(const QString &server) override;
    bool persists() const override { return true; }
    void probe() override;

    static QString serviceName();
};
