#include "demoserver.h"
#include "diagnostics/logfile.h"
#include "domain/serveraddress.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "services/proxychecker.h"
#include "storage/synchistory.h"
#include "session/appcontext.h"
#include "settings/preferences.h"
#include "sharddeskversion.h"
#include "startupflow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

struct CommandLine
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate(
                                "main", "Try everything against a built-in server with "
                                        "sample data: no key, no money.")};
    QCommandLineOption demoOrders{
        QStringLiteral("demo-orders"),
        QCoreApplication::translate("main", "How many sample orders the demo has."),
        QStringLiteral("n"), QStringLiteral("240")};
    QCommandLineOption server{QStringLiteral("server"),
                              QCoreApplication::translate("main", "API server URL."),
                              QStringLiteral("url")};
    QCommandLineOption firstPaint{
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main", "Quit after the window is first painted "
                                            "(startup benchmark).")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Desktop client for the ProxyShard User API. The API key is read from the "
                    "keychain, the sign-in dialog or SHARDDESK_TOKEN, never from the command "
                    "line."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, demoOrders, server, firstPaint});
    }
};

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));
}

// The arguments without the ones QApplication takes for itself (-platform xcb, -style=fusion,
// -reverse, ...), which it removes before the app's own parser sees the rest.
QStringList withoutQtOptions(int argc, char *argv[])
{
    static const QList<QByteArray> withValue{"platform",     "platformpluginpath", "platformtheme",
                                             "plugin",       "qwindowgeometry",    "geometry",
                                             "qwindowicon",  "icon",               "qwindowtitle",
                                             "title",        "style",              "stylesheet",
                                             "session",      "display",            "name",
                                             "qmljsdebugger"};
    static const QList<QByteArray> flags{"reverse", "widgetcount", "nograb", "dograb",
                                         "testability", "sync"};
    QStringList args{QString::fromLocal8Bit(argv[0])};
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") {
            for (; i < argc; ++i)
                args.append(QString::fromLocal8Bit(argv[i]));
            break;
        }
        QByteArray name = arg.startsWith("--") ? arg.mid(2) : arg.startsWith('-') ? arg.mid(1) : "";
        const qsizetype eq = name.indexOf('=');
        const bool inlineValue = eq >= 0;
        if (inlineValue)
            name.truncate(eq);
        if (!name.isEmpty() && withValue.contains(name)) {
            if (!inlineValue)
                ++i; // its value
            continue;
        }
        if (!name.isEmpty() && flags.contains(name))
            continue;
        args.append(QString::fromLocal8Bit(arg));
    }
    return args;
}

// --help and --version print text, and a command line with an unknown option is refused with
// a message: answer them without a display (over ssh, in a terminal), before the platform
// plugin starts.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    QCommandLineParser parser;
    CommandLine().describe(parser);
    return !parser.parse(withoutQtOptions(argc, argv));
}

int printAndQuit(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    nameApplication();
    Translations::install(Preferences::load(QSettings()).language);
    QCommandLineParser parser;
    CommandLine().describe(parser);
    // Prints and exits: the help or version (0), or the problem with the command line (1).
    parser.process(withoutQtOptions(argc, argv));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (onlyPrints(argc, argv))
        return printAndQuit(argc, argv);
    QApplication app(argc, argv);
    nameApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sharddesk.ShardDesk"));
    // Without a configured locale ("C"), format numbers and money the common English way.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Preferences preferences = Preferences::load(QSettings());
    // The diagnostic log (issue 12): from Settings, or forced on with every sharddesk.* category
    // by SHARDDESK_DEBUG=1. Started before anything else logs.
    const bool debug = LogFile::debugRequested();
    if (debug)
        LogFile::enableDebugCategories();
    LogFile diagnosticLog;
    diagnosticLog.setEnabled(debug || preferences.diagnosticLog);
    Translations::install(preferences.language);
    Theme::apply(preferences.theme);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sharddesk.svg")));

    QCommandLineParser parser;
    const CommandLine commandLine;
    commandLine.describe(parser);
    parser.process(app);

    const bool demo = parser.isSet(commandLine.demo);
    AppContext context(demo ? AppContext::KeyStorage::Memory : AppContext::KeyStorage::Keychain);

    // Keys are kept out of every log line and report by ApiClient::setToken, where every key
    // passes (typed, from the keychain or from the environment).

    MainWindow window(context);
    QObject::connect(&window, &MainWindow::preferencesChanged, &app,
                     [&diagnosticLog, debug](const Preferences &changed) {
                         diagnosticLog.setEnabled(debug || changed.diagnosticLog);
                     });
    StartupFlow flow(context, &window);
    QObject::connect(&flow, &StartupFlow::abandoned, &app, &QCoreApplication::quit);

    StartupFlow::Options options;
    options.demo = demo;
    options.server = ServerAddress::canonical(
        parser.isSet(commandLine.server) ? QUrl::fromUserInput(parser.value(commandLine.server))
                                   : preferences.serverUrl);
    options.environmentToken = qEnvironmentVariable("SHARDDESK_TOKEN");

    // Each account's orders and activity are remembered between runs; the demo's (a new server
    // each run, sample data) are not.
    if (!demo) {
        // SHARDDESK_DATA_DIR: elsewhere (tests), as sharddesk-cli reads it too.
        const QString chosen = qEnvironmentVariable("SHARDDESK_DATA_DIR");
        context.history().setFolder(
            chosen.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : chosen);
        // The last account's orders at once, "as of" their sync, while the sync runs.
        options.restored = context.history().restoreLast(options.server);
        if (options.restored)
            window.showRestored(context.history().restoredAt());
    }

    DemoServer demoServer;
    if (demo) {
        bool ok = false;
        const int count = parser.value(commandLine.demoOrders).toInt(&ok);
        QObject::connect(&demoServer, &DemoServer::failedToStart, &app, [] {
            QTextStream(stderr) << QCoreApplication::translate(
                                       "main", "The demo server could not start.")
                                << '\n';
            QCoreApplication::exit(1);
        });
        // Generating sample data waits until the window has painted: it is the window people
        // wait for, and a second thread faulting in pages slows the first paint down.
        const int sampleOrders = ok ? qBound(0, count, 1000000) : 240;
        QObject::connect(new FirstPaint(&window), &FirstPaint::painted, &demoServer,
                         [&demoServer, sampleOrders] {
                             demoServer.startInBackground(sampleOrders);
                         });
        options.startingDemo = &demoServer;
        // The demo's proxies are checked against its own echo: no traffic leaves the machine.
        QObject::connect(&demoServer, &DemoServer::started, &app, [&context, &demoServer] {
            context.proxyChecker().setSessionTarget(demoServer.echoUrl());
        });
    }
    if (parser.isSet(commandLine.firstPaint)) {
        QObject::connect(new FirstPaint(&window), &FirstPaint::painted, &app, [clock] {
            std::fprintf(stdout, "first paint after %lld ms\n",
                         static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    flow.start(options);
    return app.exec();
}
