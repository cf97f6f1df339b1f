#pragma once

#include "clitable.h"
#include "exitcode.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

class ApiClient;
class TokenStore;
class QCommandLineParser;

// sharddesk-cli: parses the command line, runs one command against the API and prints its
// result. finished() carries the process exit code.
class CliRunner final : public QObject
{
    Q_OBJECT

public:
    CliRunner(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // Starts the command; finished() follows (possibly before this returns).
    void start(const QStringList &arguments, const QString &token);
    // Where to look for a key the app remembered when none is given (the OS keychain).
    void setTokenStore(TokenStore *store) { m_tokens = store; }

signals:
    void finished(int exitCode);

private:
    void run(const QCommandLineParser &parser, const QStringList &positional);
    // A malformed command line: the problem and the usage text.
    void usage(const QString &problem);
    // A well-formed command that cannot be sent as it is: the reason only.
    void refuse(const QString &problem);
    void done(ExitCode code);
    void failed(const ApiError &error);
    // A purchase or renewal failed: the exit code tells whether it may have gone through.
    void failedSpending(const ApiError &error);
    void print(const CliTable &table);
    bool takeOrderId(const QStringList &positional, qint64 *id);

    void runMe();
    void runProducts();
    void runStock();
    void runOrders(const QString &status);
    void runOrder(qint64 id);
    void runProxies(qint64 id);
    void runPrice(const QCommandLineParser &parser, bool buy);
    void runRenew(qint64 id);
    void runTag(qint64 id, const QString &tag);
    void runAutoRenew(qint64 id, bool on);
    void runCycle(qint64 id, const QString &cycle);

    QTextStream &m_out;
    QTextStream &m_err;
    ApiClient *m_client;
    CliTable::Format m_format = CliTable::Format::Table;
    bool m_finished = false;
    TokenStore *m_tokens = nullptr;
    bool m_askedStore = false;
};
