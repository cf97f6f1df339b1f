#include "startupflow.h"

#include "auth/tokenstore.h"
#include "demoserver.h"
#include "firstpaint.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "services/connectionstatus.h"
#include "services/signinservice.h"
#include "session/appcontext.h"
#include "session/session.h"

#include <QTimer>

#include <utility>

StartupFlow::StartupFlow(AppContext &context, MainWindow *window, QObject *parent)
    : QObject(parent), m_context(context), m_window(window)
{
}

void StartupFlow::start(const Options &options)
{
    m_options = options;
    m_window->setDemoMode(options.demo);
    m_signedIn = connect(&m_context.signIn(), &SignInService::signedIn, this,
                         [this] { onSignedIn(); });
    m_failed = connect(&m_context.signIn(), &SignInService::signInFailed, this,
                       [this](const ApiError &error) {
                           // An open dialog shows the refusal itself, inline.
                           if (m_done || m_dialog)
                               return;
                           // The stored orders are on screen: an unreachable server leaves them
                           // readable offline (the window says so and offers to try again)
                           // rather than hiding them behind a sign-in that can't succeed.
                           if (m_options.restored && error.isTransient()) {
                               m_context.connection().reportFailure(error);
                               return;
                           }
                           // A remembered key that no longer works is not an error to shout
                           // about: just ask for a new one.
                           showLogin(m_tokenFromStore ? tr("The remembered key was not accepted: %1")
                                                            .arg(error.message())
                                                      : error.message());
                       });

    if (options.demo) {
        // Nothing to ask the person: paint the window now, fill it when the server answers.
        m_window->show();
        m_window->showConnecting();
        if (options.startingDemo) {
            connect(options.startingDemo, &DemoServer::started, this,
                    [this](const QUrl &url, const QString &token) {
                        m_options.server = url;
                        signInWith(token, false);
                    });
            return;
        }
        m_options.server = options.demoServer;
        signInWith(options.demoToken, false);
        return;
    }
    if (options.restored) {
        m_window->show();
        m_window->showConnecting();
        connect(m_window, &MainWindow::signInRetryRequested, this, [this] {
            if (!m_done && !m_dialog && !m_token.isEmpty())
                signInWith(m_token, m_tokenFromStore);
        });
        // The stored orders are what the person waits for: the key and the sign-in (and the
        // sync right behind it) begin once they are painted, not in competition with them; a
        // window that is not painted (started minimised) waits a second at most.
        connect(new FirstPaint(m_window), &FirstPaint::painted, this, &StartupFlow::findKey);
        QTimer::singleShot(1000, this, &StartupFlow::findKey);
        return;
    }
    findKey();
}

void StartupFlow::findKey()
{
    if (std::exchange(m_keySought, true))
        return;
    const Options &options = m_options;
    if (!options.environmentToken.isEmpty()) {
        signInWith(options.environmentToken, false);
        return;
    }
    const QString key = options.server.toString();
    connect(&m_context.tokens(), &TokenStore::loaded, this,
            [this, key](const QString &server, const QString &token) {
                if (server == key && !m_done)
                    signInWith(token, true);
            });
    connect(&m_context.tokens(), &TokenStore::loadFailed, this,
            [this, key](const QString &server) {
                if (server == key && !m_done)
                    showLogin(QString());
            });
    m_context.tokens().load(key);
}

void StartupFlow::signInWith(const QString &token, bool fromStore)
{
    m_tokenFromStore = fromStore;
    if (m_options.restored)
        m_token = token;
    m_context.signIn().signIn(m_options.server, token);
}

void StartupFlow::showLogin(const QString &message)
{
    m_tokenFromStore = false;
    auto *dialog = new LoginDialog(m_context.signIn(), m_context.tokens());
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(m_options.server);
    dialog->setMessage(message);
    // The dialog reports success itself through SignInService::signedIn (see onSignedIn).
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result != QDialog::Accepted) {
            if (!m_done)
                emit abandoned();
            return;
        }
        m_context.session().keyAccepted(dialog->server(), dialog->key(), dialog->rememberKey());
    });
    dialog->show();
}

void StartupFlow::onSignedIn()
{
    if (m_done)
        return;
    m_done = true;
    m_token.clear();
    disconnect(m_signedIn);
    disconnect(m_failed);
    if (!m_window->isVisible())
        m_window->show();
    m_window->start();
}
