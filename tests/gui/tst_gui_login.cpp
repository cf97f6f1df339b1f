// The sign-in dialog with SignInService and a MemoryTokenStore against the in-process MockServer
// (empty, wrong and good keys, show/hide, plain-HTTP refusal, "Remember" without a keychain),
// and StartupFlow from launch to a signed-in main window: demo mode, SHARDDESK_TOKEN, a
// remembered key, and a remembered key the server no longer accepts.

#include "guisupport.h"

#include "domain/apierror.h"
#include "demoserver.h"
#include "mainwindow.h"
#include "orderfiltermodel.h"
#include "ordersmodel.h"
#include "startupflow.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

#include <memory>

using namespace GuiTest;

namespace {
constexpr int kOrders = 40;
constexpr int kWaitMs = 10000;
} // namespace

class TestLogin final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // LoginDialog
    void emptyKeyIsExplainedWithoutRequest();
    void wrongKeyIsRejectedInline();
    void goodKeyIsAccepted();
    void showHideTogglesEchoMode();
    void plainHttpServerIsRefused();
    void rememberWithoutKeychainSaysMemoryOnly();
    void dialogControlsHaveAccessibleNames();

    // StartupFlow
    void demoSignsInDirectly();
    void environmentTokenSignsInDirectly();
    void rejectedEnvironmentTokenAsksWithMessage();
    void storedTokenSignsInWithoutDialog();
    void rejectedStoredTokenOpensDialogWithMessage();
    void rejectedStoredTokenShowsExactlyOneDialog();
    void noStoredTokenOpensDialog();
    void wrongKeyInStartupDialogKeepsOneDialog();
    void cancellingStartupDialogAbandons();

private:
    void openDialog();
    QLineEdit *keyEdit() const { return m_dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit")); }
    QLabel *errorLabel() const { return m_dialog->findChild<QLabel *>(QStringLiteral("errorLabel")); }
    QPushButton *signInButton(QDialog *dialog) const
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }
    void typeKeyAndSignIn(QDialog *dialog, const QString &key);
    // Builds the window and the flow like main(), and starts the flow.
    void startFlow(const StartupFlow::Options &options);
    bool waitForWindowWithOrders(int orders);
    // The sign-in dialog StartupFlow opens (it has no parent window); null until it shows.
    static LoginDialog *startupDialog();

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<LoginDialog> m_dialog;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<StartupFlow> m_flow;
    std::unique_ptr<DemoServer> m_demo;
};

void TestLogin::initTestCase()
{
    initApplication("tst_gui_login");
    m_server = std::make_unique<MockServer>();
    m_server->resetDemoData(kOrders);
    QVERIFY(m_server->listen());
}

void TestLogin::init()
{
    QSettings().clear();
    m_server->clearFaults();
    // Requests the previous test left on the wire (a first sync shows orders before its last
    // pages arrive) reach the server now, not in the middle of this test.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    m_server->clearRecorded();
    m_services = std::make_unique<Services>();
}

void TestLogin::cleanup()
{
    m_dialog.reset();
    closeLoginDialogs();
    m_flow.reset();
    m_window.reset();
    m_services.reset();
    m_demo.reset();
    QSettings().clear();
}

void TestLogin::openDialog()
{
    m_dialog = std::make_unique<LoginDialog>(m_services->signIn, m_services->tokens);
    m_dialog->setServer(m_server->url());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QVERIFY(keyEdit());
    QVERIFY(errorLabel());
    QVERIFY(signInButton(m_dialog.get()));
}

void TestLogin::typeKeyAndSignIn(QDialog *dialog, const QString &key)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, key);
    QCOMPARE(edit->text(), key);
    QTest::mouseClick(signInButton(dialog), Qt::LeftButton);
}

void TestLogin::startFlow(const StartupFlow::Options &options)
{
    m_window = std::make_unique<MainWindow>(m_services->context);
    m_window->resize(1280, 800);
    m_flow = std::make_unique<StartupFlow>(m_services->context, m_window.get());
    m_flow->start(options);
}

bool TestLogin::waitForWindowWithOrders(int orders)
{
    if (!QTest::qWaitFor([this] { return m_window->isVisible(); }, kWaitMs))
        return false;
    return QTest::qWaitFor([this, orders] { return m_window->ordersModel()->rowCount() == orders; },
                           kWaitMs);
}

LoginDialog *TestLogin::startupDialog()
{
    for (LoginDialog *d : visibleLoginDialogs()) {
        if (!d->parentWidget())
            return d;
    }
    return nullptr;
}

// ---- LoginDialog ----------------------------------------------------------------------------

void TestLogin::emptyKeyIsExplainedWithoutRequest()
{
    openDialog();
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    QCOMPARE(keyEdit()->text(), QString());
    QTest::mouseClick(signInButton(m_dialog.get()), Qt::LeftButton);
    QVERIFY(errorLabel()->isVisible());
    QCOMPARE(errorLabel()->text(), QStringLiteral("Enter your API key."));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(keyEdit()->hasFocus());
    // Spaces alone are no key either.
    QTest::keyClicks(keyEdit(), QStringLiteral("   "));
    QTest::mouseClick(signInButton(m_dialog.get()), Qt::LeftButton);
    QVERIFY(errorLabel()->isVisible());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_services->signIn.isBusy());
    QCOMPARE(m_server->recordedRequests().size(), 0);
    QCOMPARE(m_services->client.callsInFlight(), 0);
}

void TestLogin::wrongKeyIsRejectedInline()
{
    openDialog();
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    typeKeyAndSignIn(m_dialog.get(), QStringLiteral("wrong-key"));
    QVERIFY(failed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel()->isVisible(), kWaitMs);
    QVERIFY2(errorLabel()->text().contains(QStringLiteral("rejected")), qPrintable(errorLabel()->text()));
    // The dialog stays, the key is still there to correct, and the button works again.
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(keyEdit()->text(), QStringLiteral("wrong-key"));
    QVERIFY(keyEdit()->isEnabled());
    QVERIFY(signInButton(m_dialog.get())->isEnabled());
    QCOMPARE(signInButton(m_dialog.get())->text(), QStringLiteral("Sign in"));
    QCOMPARE(exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me")), 1);
    // A rejected key is not kept on the client.
    QVERIFY(!m_services->client.hasToken());
    QVERIFY(!m_services->signIn.isSignedIn());
    saveShot(m_dialog.get(), QStringLiteral("signin-rejected"));
}

void TestLogin::goodKeyIsAccepted()
{
    openDialog();
    // A wrong key first, then the right one in the same dialog.
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    typeKeyAndSignIn(m_dialog.get(), QStringLiteral("nope"));
    QVERIFY(failed.wait(kWaitMs));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    // Pasted keys often carry a newline or spaces.
    typeKeyAndSignIn(m_dialog.get(), QStringLiteral(" ") + m_server->token() + QStringLiteral(" "));
    QVERIFY(accepted.wait(kWaitMs));
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->key(), m_server->token());
    QCOMPARE(keyEdit()->text(), QString());
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_services->signIn.isSignedIn());
    QVERIFY(m_services->client.hasToken());
    QCOMPARE(m_dialog->server().adjusted(QUrl::StripTrailingSlash),
             m_server->url().adjusted(QUrl::StripTrailingSlash));
}

void TestLogin::showHideTogglesEchoMode()
{
    openDialog();
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    QAction *toggle = nullptr;
    for (QAction *a : keyEdit()->actions()) {
        if (a->isCheckable())
            toggle = a;
    }
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("Show key"));
    // Click the eye button inside the field, as a person would.
    QToolButton *button = nullptr;
    for (QToolButton *b : keyEdit()->findChildren<QToolButton *>()) {
        if (b->defaultAction() == toggle)
            button = b;
    }
    if (button && button->isVisible())
        QTest::mouseClick(button, Qt::LeftButton);
    else
        toggle->trigger();
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->text(), QStringLiteral("Hide key"));
    toggle->trigger();
    QCOMPARE(keyEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->text(), QStringLiteral("Show key"));
    QVERIFY(!toggle->toolTip().isEmpty());
}

void TestLogin::plainHttpServerIsRefused()
{
    openDialog();
    m_dialog->setServer(QUrl(QStringLiteral("http://10.0.0.1")));
    auto *server = m_dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    QVERIFY(server);
    // A server other than the default opens "Advanced" so the address is visible.
    QVERIFY(server->isVisible());
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    QSignalSpy signedIn(&m_services->signIn, &SignInService::signedIn);
    typeKeyAndSignIn(m_dialog.get(), m_server->token());
    QVERIFY(errorLabel()->isVisible());
    QCOMPARE(errorLabel()->text(), ApiError::humanMessage(ApiError::Kind::Insecure, 0));
    QVERIFY(errorLabel()->text().contains(QStringLiteral("https://")));
    QVERIFY(server->hasFocus());
    QVERIFY(m_dialog->isVisible());
    // Nothing was sent anywhere: the service was not even asked.
    QCOMPARE(failed.size(), 0);
    QCOMPARE(signedIn.size(), 0);
    QVERIFY(!m_services->signIn.isBusy());
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QVERIFY(!m_services->client.hasToken());
    QCOMPARE(m_server->recordedRequests().size(), 0);
    // Loopback over plain HTTP is fine (the mock and demo servers).
    server->setFocus();
    server->selectAll();
    QTest::keyClicks(server, m_server->url().toString());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(signInButton(m_dialog.get()), Qt::LeftButton);
    QVERIFY(accepted.wait(kWaitMs));
}

void TestLogin::rememberWithoutKeychainSaysMemoryOnly()
{
    openDialog();
    auto *remember = m_dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    auto *note = m_dialog->findChild<QLabel *>(QStringLiteral("keychainNote"));
    QVERIFY(remember && note);
    // The memory store answers its probe on the next event-loop turn.
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWaitMs);
    QVERIFY2(note->text().contains(QStringLiteral("memory")), qPrintable(note->text()));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    QVERIFY(!m_dialog->rememberKey());
    saveShot(m_dialog.get(), QStringLiteral("signin-dialog"));

    // Signing in keeps the key for this session only: nothing is saved.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    typeKeyAndSignIn(m_dialog.get(), m_server->token());
    QVERIFY(accepted.wait(kWaitMs));
    QVERIFY(!m_dialog->rememberKey());
    QSignalSpy notFound(&m_services->tokens, &TokenStore::loadFailed);
    m_services->tokens.load(m_server->url().toString());
    QVERIFY(notFound.wait(kWaitMs));
    QCOMPARE(notFound.first().at(2).toBool(), true);
}

void TestLogin::dialogControlsHaveAccessibleNames()
{
    openDialog();
    QStringList missing;
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QPushButton *>(w) &&
            !qobject_cast<QCheckBox *>(w))
            continue;
        QString name;
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
            name = iface->text(QAccessible::Name);
        if (name.trimmed().isEmpty())
            missing.append(w->objectName() + u'(' +
                           QString::fromLatin1(w->metaObject()->className()) + u')');
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QCOMPARE(keyEdit()->accessibleName(), QStringLiteral("API key"));
    // The key field comes first for the keyboard.
    QVERIFY(keyEdit()->hasFocus() || QApplication::focusWidget() == keyEdit() ||
            m_dialog->focusWidget() == keyEdit());
}

// ---- StartupFlow ----------------------------------------------------------------------------

void TestLogin::demoSignsInDirectly()
{
    m_demo = std::make_unique<DemoServer>();
    const QUrl url = m_demo->start(120);
    QVERIFY(url.isValid() && !url.isEmpty());
    StartupFlow::Options options;
    options.demo = true;
    options.demoServer = url;
    options.demoToken = m_demo->token();
    startFlow(options);
    QVERIFY(waitForWindowWithOrders(120));
    QVERIFY(visibleLoginDialogs().isEmpty());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Demo")));
    QCOMPARE(m_services->client.baseUrl(), url.adjusted(QUrl::StripTrailingSlash));
    // Demo mode has no sign-out.
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("actionSignOut"));
    QVERIFY(signOut && !signOut->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_services->account.hasAccount(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_services->connection.state(), ConnectionStatus::State::Connected,
                              kWaitMs);
    // The screenshot a person sees first: all orders, one selected with its details.
    m_window->resize(1280, 800);
    const QModelIndex first = m_window->filterModel()->index(0, 0);
    m_window->selectOrder(m_window->filterModel()->orderIdAt(first.row()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_services->store.details(m_window->currentOrderId()) != nullptr, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QListView *>(QStringLiteral("categoryView"))
                                     ->model()
                                     ->index(0, 0)
                                     .data(Qt::DisplayRole)
                                     .toString()
                                     .contains(QStringLiteral("120")),
                             kWaitMs);
    saveShot(m_window.get(), QStringLiteral("demo-1280x800"));
}

void TestLogin::environmentTokenSignsInDirectly()
{
    QSignalSpy loaded(&m_services->tokens, &TokenStore::loaded);
    QSignalSpy loadFailed(&m_services->tokens, &TokenStore::loadFailed);
    StartupFlow::Options options;
    options.server = m_server->url();
    options.environmentToken = m_server->token();
    startFlow(options);
    QVERIFY(waitForWindowWithOrders(kOrders));
    QVERIFY(visibleLoginDialogs().isEmpty());
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Demo")));
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("demoBanner"));
    QVERIFY(banner && !banner->isVisible());
    // SHARDDESK_TOKEN wins over a remembered key: the store was never asked.
    QCOMPARE(loaded.size() + loadFailed.size(), 0);
    QVERIFY(exactRequestCount(*m_server, "GET", QStringLiteral("/user/api/me")) >= 1);
    QVERIFY(m_services->signIn.isSignedIn());
}

void TestLogin::rejectedEnvironmentTokenAsksWithMessage()
{
    StartupFlow::Options options;
    options.server = m_server->url();
    options.environmentToken = QStringLiteral("revoked-key");
    startFlow(options);
    QTRY_VERIFY_WITH_TIMEOUT(startupDialog(), kWaitMs);
    QPointer<LoginDialog> dialog = startupDialog();
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("API key")), qPrintable(message->text()));
    QVERIFY(!m_window->isVisible());
    typeKeyAndSignIn(dialog, m_server->token());
    QVERIFY(waitForWindowWithOrders(kOrders));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs);
}

void TestLogin::storedTokenSignsInWithoutDialog()
{
    QSignalSpy saved(&m_services->tokens, &TokenStore::saved);
    m_services->tokens.save(m_server->url().toString(), m_server->token());
    QVERIFY(saved.wait(kWaitMs));
    QSignalSpy loaded(&m_services->tokens, &TokenStore::loaded);
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QVERIFY(waitForWindowWithOrders(kOrders));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(1).toString(), m_server->token());
    QVERIFY(visibleLoginDialogs().isEmpty());
    // No dialog was ever created.
    for (QWidget *w : QApplication::topLevelWidgets())
        QVERIFY(!qobject_cast<LoginDialog *>(w));
}

void TestLogin::rejectedStoredTokenOpensDialogWithMessage()
{
    QSignalSpy saved(&m_services->tokens, &TokenStore::saved);
    m_services->tokens.save(m_server->url().toString(), QStringLiteral("stale-key"));
    QVERIFY(saved.wait(kWaitMs));
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QTRY_VERIFY_WITH_TIMEOUT(startupDialog(), kWaitMs);
    QPointer<LoginDialog> dialog = startupDialog();
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("remembered key was not accepted")),
             qPrintable(message->text()));
    QCOMPARE(dialog->server().adjusted(QUrl::StripTrailingSlash),
             m_server->url().adjusted(QUrl::StripTrailingSlash));
    QVERIFY(!m_window->isVisible());
    saveShot(dialog, QStringLiteral("signin-remembered-key-rejected"));

    typeKeyAndSignIn(dialog, m_server->token());
    QVERIFY(waitForWindowWithOrders(kOrders));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs);
    QVERIFY(m_services->signIn.isSignedIn());
}

void TestLogin::rejectedStoredTokenShowsExactlyOneDialog()
{
    QSignalSpy saved(&m_services->tokens, &TokenStore::saved);
    m_services->tokens.save(m_server->url().toString(), QStringLiteral("stale-key"));
    QVERIFY(saved.wait(kWaitMs));
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QVERIFY(failed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!visibleLoginDialogs().isEmpty(), kWaitMs);
    // One question at a time: the startup dialog, and no second one from the (hidden) main
    // window reacting to the same 401.
    QCOMPARE(visibleLoginDialogs().size(), 1);

    // After signing in there, nothing is left over the main window.
    typeKeyAndSignIn(startupDialog(), m_server->token());
    QVERIFY(waitForWindowWithOrders(kOrders));
    QTRY_VERIFY_WITH_TIMEOUT(!startupDialog(), kWaitMs);
    QCOMPARE(visibleLoginDialogs().size(), 0);
}

void TestLogin::noStoredTokenOpensDialog()
{
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QTRY_VERIFY_WITH_TIMEOUT(startupDialog(), kWaitMs);
    QCOMPARE(visibleLoginDialogs().size(), 1);
    LoginDialog *dialog = startupDialog();
    // Nothing went wrong: no error, just the question.
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(message && !message->isVisible());
    QCOMPARE(m_server->recordedRequests().size(), 0);
    typeKeyAndSignIn(dialog, m_server->token());
    QVERIFY(waitForWindowWithOrders(kOrders));
    QTRY_VERIFY_WITH_TIMEOUT(visibleLoginDialogs().isEmpty(), kWaitMs);
}

void TestLogin::wrongKeyInStartupDialogKeepsOneDialog()
{
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QTRY_VERIFY_WITH_TIMEOUT(startupDialog(), kWaitMs);
    QCOMPARE(visibleLoginDialogs().size(), 1);
    QPointer<LoginDialog> dialog = startupDialog();
    QSignalSpy failed(&m_services->signIn, &SignInService::signInFailed);
    typeKeyAndSignIn(dialog, QStringLiteral("typo-key"));
    QVERIFY(failed.wait(kWaitMs));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), kWaitMs);
    QVERIFY(message->text().contains(QStringLiteral("rejected")));
    QVERIFY(dialog->isVisible());
    // The dialog explains the mistake inline; StartupFlow must not open another one for the
    // same failure (the main window's own reaction to the 401 is checked in
    // rejectedStoredTokenShowsExactlyOneDialog).
    int startupDialogs = 0;
    for (LoginDialog *d : visibleLoginDialogs())
        startupDialogs += d->parentWidget() ? 0 : 1;
    QCOMPARE(startupDialogs, 1);
    QCOMPARE(startupDialog(), dialog.data());
}

void TestLogin::cancellingStartupDialogAbandons()
{
    StartupFlow::Options options;
    options.server = m_server->url();
    startFlow(options);
    QSignalSpy abandoned(m_flow.get(), &StartupFlow::abandoned);
    QTRY_VERIFY_WITH_TIMEOUT(startupDialog(), kWaitMs);
    LoginDialog *dialog = startupDialog();
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(abandoned.size(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_services->client.hasToken());
}

QTEST_MAIN(TestLogin)
#include "tst_gui_login.moc"
