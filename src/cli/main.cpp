#include "auth/keychaintokenstore.h"
#include "clirunner.h"
#include "diagnostics/logfile.h"
#include "sharddeskversion.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
// Scripts read stderr for one human line per failure. Qt's own diagnostics (e.g. about replies
// aborted after a sibling request failed) are noise there; SHARDDESK_DEBUG=1 shows them.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIntValue("SHARDDESK_DEBUG") > 0) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::fflush(stderr);
    }
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQtMessages);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sharddesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));
    // SHARDDESK_DEBUG=1: every sharddesk.* category on, and all messages redacted — on stderr
    // too, since they pass through the log on their way there — and kept in
    // <AppDataLocation>/logs/sharddesk.log (the CLI's own folder, apart from the app's).
    LogFile diagnosticLog;
    if (LogFile::debugRequested()) {
        LogFile::enableDebugCategories();
        diagnosticLog.setEnabled(true);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err);
    KeychainTokenStore keychain;
    runner.setTokenStore(&keychain);
    // The window's data folder (or SHARDDESK_DATA_DIR): both remember each account's orders and
    // activity in the same store.
    runner.setDataFolder(CliRunner::defaultDataFolder());
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
