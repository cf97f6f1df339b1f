#include "logindialog.h"

#include "domain/serveraddress.h"
#include "ui_logindialog.h"

#include "auth/tokenstore.h"
#include "services/signinservice.h"

#include <QAction>
#include <QIcon>
#include <QPushButton>

LoginDialog::LoginDialog(SignInService &signIn, TokenStore &tokens, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_signIn(&signIn),
      m_tokens(&tokens)
{
    // The sign-in dialog can open before the main window, which loads the icons otherwise.
    Q_INIT_RESOURCE(resources);
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->serverEdit->setText(ServerAddress::defaultUrl().toString());
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: palette(highlighted-text); "
                                                   "background: #c01c28; padding: 6px; "
                                                   "border-radius: 4px;"));

    // An eye, as in browsers' password fields; the style's "yes" icon used here before was a
    // green circle that explained nothing. The tooltip says what a click does now.
    m_toggleEcho = m_ui->keyEdit->addAction(QIcon(QStringLiteral(":/icons/show-key.svg")),
                                            QLineEdit::TrailingPosition);
    m_toggleEcho->setCheckable(true);
    m_toggleEcho->setText(tr("Show key"));
    m_toggleEcho->setToolTip(tr("Show the key as text"));
    connect(m_toggleEcho, &QAction::toggled, this, [this](bool show) {
        m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
        m_toggleEcho->setText(show ? tr("Hide key") : tr("Show key"));
        m_toggleEcho->setToolTip(show ? tr("Hide the key again") : tr("Show the key as text"));
        m_toggleEcho->setIcon(QIcon(show ? QStringLiteral(":/icons/hide-key.svg")
                                         : QStringLiteral(":/icons/show-key.svg")));
    });

    connect(m_ui->advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_ui->advancedWidget->setVisible(open);
        m_ui->advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::onSignInClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &SignInService::signedIn, this, &LoginDialog::onSignedIn);
    connect(m_signIn, &SignInService::signInFailed, this, &LoginDialog::onSignInFailed);
    connect(m_tokens, &TokenStore::availabilityKnown, this, &LoginDialog::onKeychainAvailability);
    m_tokens->probe();
    m_ui->keyEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
    if (ServerAddress::canonical(server) != ServerAddress::defaultUrl())
        m_ui->advancedButton->setChecked(true);
}

QUrl LoginDialog::server() const
{
    return ServerAddress::canonical(QUrl::fromUserInput(m_ui->serverEdit->text().trimmed()));
}

void LoginDialog::setMessage(const QString &message)
{
    showError(message);
}

bool LoginDialog::rememberKey() const
{
    return m_ui->rememberCheck->isEnabled() && m_ui->rememberCheck->isChecked();
}

void LoginDialog::onKeychainAvailability(bool available, const QString &reason)
{
    if (!m_tokens->persists() || !available) {
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->keychainNote->setText(
            tr("No keychain service was found on this computer, so the key cannot be remembered. "
               "It will be kept in memory only until ShardDesk quits."));
        m_ui->keychainNote->setToolTip(reason);
        m_ui->keychainNote->setVisible(true);
    }
}

void LoginDialog::onSignInClicked()
{
    const QString key = m_ui->keyEdit->text().trimmed();
    if (key.isEmpty()) {
        showError(tr("Enter your API key."));
        m_ui->keyEdit->setFocus();
        return;
    }
    const QString problem = SignInService::checkServer(server());
    if (!problem.isEmpty()) {
        showError(problem);
        m_ui->advancedButton->setChecked(true);
        m_ui->serverEdit->setFocus();
        return;
    }
    m_ui->errorLabel->setVisible(false);
    setBusy(true);
    m_waiting = true;
    m_signIn->signIn(server(), key);
}

void LoginDialog::onSignedIn(const Account &)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_acceptedKey = m_ui->keyEdit->text().trimmed();
    m_ui->keyEdit->clear();
    setBusy(false);
    accept();
}

void LoginDialog::onSignInFailed(const ApiError &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    setBusy(false);
    if (error.kind() == ApiError::Kind::Unauthorized && error.httpStatus() == 401)
        showError(tr("The server rejected this key. Check that you copied the whole key, "
                     "and that it has not been revoked."));
    else
        showError(error.message());
    m_ui->keyEdit->setFocus();
    m_ui->keyEdit->selectAll();
}

void LoginDialog::setBusy(bool busy)
{
    auto *button = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    button->setEnabled(!busy);
    button->setText(busy ? tr("Signing in…") : tr("Sign in"));
    m_ui->keyEdit->setEnabled(!busy);
    m_ui->serverEdit->setEnabled(!busy);
}

void LoginDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}
