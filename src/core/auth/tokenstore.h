#pragma once

#include <QObject>

// Where a remembered API key lives. The key is never written to a plain file: either the OS
// keychain holds it, or nothing but this process's memory does. Each server has its own key.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Answers with loaded() or loadFailed().
    virtual void load(const QString &server) = 0;
    // Answers with saved() or saveFailed().
    virtual void save(const QString &server, const QString &token) = 0;
    // Answers with removed().
    virtual void remove(const QString &server) = 0;
    // True when a saved key outlives the process.
    virtual bool persists() const = 0;
    // Finds out whether saving can work here; answers with availabilityKnown().
    virtual void probe() = 0;

signals:
    void loaded(const QString &server, const QString &token);
    // notFound: nothing saved for this server (not a failure a person needs to hear about).
    void loadFailed(const QString &server, const QString &reason, bool notFound);
    void saved(const QString &server);
    void saveFailed(const QString &server, const QString &reason);
    void removed(const QString &server);
    void availabilityKnown(bool available, const QString &reason);
};
