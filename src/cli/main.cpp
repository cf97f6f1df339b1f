#include "auth/keychaintokenstore.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sharddesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err);
    KeychainTokenStore keychain;
    runner.setTokenStore(&keychain);
    int exitCode = 0;
    bool done = false;
    QObject::connect(&runner, &CliRunner::finished, &app, [&](int code) {
        exitCode = code;
        done = true;
        QCoreApplication::exit(code);
    });
    // The key never comes from the command line, where other users could read it.
    runner.start(app.arguments(), qEnvironmentVariable("SHARDDESK_TOKEN"));
    if (done)
        return exitCode;
    app.exec();
    return exitCode;
}
