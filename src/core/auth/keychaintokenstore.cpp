#include "keychaintokenstore.h"

#include <qt6keychain/keychain.h>

KeychainTokenStore::KeychainTokenStore(QObject *parent) : TokenStore(parent) {}

QString KeychainTokenStore::serviceName()
{
    return QStringLiteral("ShardDesk");
}

void KeychainTokenStore::load(const QString &server)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(server);
    connect(job, &QKeychain::Job::finished, this, [this, server](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            emit loaded(server, read->textData());
        else
            emit loadFailed(server, read->errorString(), read->error() == QKeychain::EntryNotFound);
    });
    job->start();
}

void KeychainTokenStore::save(const QString &server, const QString &token)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(server);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, server](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            emit saved(server);
        else
            emit saveFailed(server, j->errorString());
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &server)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(server);
    connect(job, &QKeychain::Job::finished, this,
            [this, server](QKeychain::Job *) { emit removed(server); });
    job->start();
}

void KeychainTokenStore::probe()
{
    // QtKeychain 0.13 has no availability query: a read of a key that is never written tells.
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("sharddesk-probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const bool available = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        emit availabilityKnown(available, available ? QString() : j->errorString());
    });
    job->start();
}
