#include "alerts/renewalwatch.h"
#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/memorytokenstore.h"
#include "demoserver.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "services/accountservice.h"
#include "services/connectionstatus.h"
#include "services/ordereditor.h"
#include "services/orderservice.h"
#include "services/orderstore.h"
#include "services/signinservice.h"
#include "settings/preferences.h"
#include "startupflow.h"
#include "theme.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <cstdio>


int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShardDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHARDDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sharddesk.ShardDesk"));
    // Without a configured locale ("C"), format numbers and money the common English way.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Preferences preferences = Preferences::load(QSettings());
    Translations::install(preferences.language);
    Theme::apply(preferences.theme);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sharddesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop client for the ProxyShard User API. The API key is read from the "
                "keychain, the sign-in dialog or SHARDDESK_TOKEN, never from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Try everything against a built-in server with "
                                            "sample data: no key, no money."));
    const QCommandLineOption demoOrdersOption(
        QStringLiteral("demo-orders"),
        QCoreApplication::translate("main", "How many sample orders the demo has."),
        QStringLiteral("n"), QStringLiteral("240"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QCoreApplication::translate("main", "API server URL."),
        QStringLiteral("url"));
    const QCommandLineOption firstPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main", "Quit after the window is first painted "
                                            "(startup benchmark)."));
    parser.addOptions({demoOption, demoOrdersOption, serverOption, firstPaintOption});
    parser.process(app);

    ApiClient client;
    OrderStore store;
    SignInService signIn(&client);
    AccountService account(&client);
    OrderService orders(&client, &store);
    ConnectionStatus connection;
    OrderEditor editor(&client, &orders);
    RenewalWatch alerts(&orders, &account);
    const bool demo = parser.isSet(demoOption);
    MemoryTokenStore memoryTokens;
    KeychainTokenStore keychainTokens;
    TokenStore *tokens = demo ? static_cast<TokenStore *>(&memoryTokens) : &keychainTokens;
    const AppServices services{&client, &signIn, &account, &orders,  &store,
                               &connection, tokens, &editor, &alerts};

    MainWindow window(services);
    StartupFlow flow(services, &window);
    QObject::connect(&flow, &StartupFlow::abandoned, &app, &QCoreApplication::quit);

    StartupFlow::Options options;
    options.demo = demo;
    options.server = parser.isSet(serverOption)
                         ? QUrl::fromUserInput(parser.value(serverOption))
                         : preferences.serverUrl;
    options.environmentToken = qEnvironmentVariable("SHARDDESK_TOKEN");

    DemoServer demoServer;
    if (demo) {
        bool ok = false;
        const int count = parser.value(demoOrdersOption).toInt(&ok);
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
    }
    if (parser.isSet(firstPaintOption)) {
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
