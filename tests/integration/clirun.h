#pragma once

// sharddesk-cli in this process: the executable's own CliRunner, over its own AppContext, with
// the output captured. Shared by the CLI tests so that each only says which arguments it runs.
#include "integrationsupport.h"

#include "clirunner.h"
#include "session/appcontext.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringList>
#include <QTextStream>

namespace Integration {

// How sharddesk-cli ended.
struct CliResult
{
    bool done = false;
    int code = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(QString::number(code), out.left(1200), err.left(800));
    }
};

// Runs `argv` (without the program name) with `token` as SHARDDESK_TOKEN would give it. The
// runner's client gets quick retries and `timeoutMs`, so failing cases stay short. `dataFolder`:
// where it keeps its local store (empty: none, as by default in a test).
inline CliResult runCli(const QStringList &argv, const QString &token, int timeoutMs,
                        const QString &dataFolder = QString())
{
    CliResult result;
    QString outText;
    QString errText;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        CliRunner runner(out, err);
        if (!dataFolder.isEmpty())
            runner.setDataFolder(dataFolder);
        ApiClient &client = runner.context().client();
        client.setRetryPolicy(fastRetry(2, 50));
        client.setTimeoutMs(timeoutMs);
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.start(QStringList{QStringLiteral("sharddesk-cli")} + argv, token);
        if (finished.isEmpty())
            finished.wait(15000);
        if (!finished.isEmpty()) {
            result.done = true;
            result.code = finished.first().at(0).toInt();
        }
        out.flush();
        err.flush();
    }
    result.out = outText;
    result.err = errText;
    return result;
}

} // namespace Integration
