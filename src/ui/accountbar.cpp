#include "accountbar.h"

#include "accessiblevalue.h"
#include "relativetime.h"
#include "tone.h"

#include "domain/account.h"
#include "domain/money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

AccountBar::AccountBar(QWidget *parent)
    : QWidget(parent), m_email(new QLabel(this)), m_balance(new QLabel(this)),
      m_activeOrders(new QLabel(this)), m_connection(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(18);
    layout->addWidget(m_email);
    layout->addWidget(m_balance);
    layout->addWidget(m_activeOrders);
    layout->addStretch(1);
    layout->addWidget(m_connection);
    for (QLabel *label : {m_email, m_balance, m_activeOrders, m_connection}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setTextFormat(Qt::RichText);
    }
    // Balance and active orders carry their caption in their text ("Balance: $1"), which a
    // screen reader then reads as their name; the email needs one.
    AccessibleValue::expose(m_email, tr("Account"));
    m_connection->setAccessibleName(tr("Connection"));
    clearAccount();
    setConnectionState(ConnectionStatus::State::SignedOut);
}

void AccountBar::setAccount(const Account &account, const QDateTime &asOf)
{
    // The server may leave any of these out; what it did not say is shown as not known.
    const QString unknown = tr("not known");
    m_email->setText(account.email.isEmpty() ? tr("Signed in (email not known)")
                                             : account.email.toHtmlEscaped());
    m_balance->setText(tr("Balance: <b>%1</b>")
                           .arg(account.walletBalanceCents ? Money::format(*account.walletBalanceCents)
                                                           : unknown));
    m_activeOrders->setText(
        tr("Active orders: <b>%1</b>")
            .arg(account.activeOrders ? QLocale().toString(*account.activeOrders) : unknown));
    if (asOf.isValid()) {
        //: After the balance: the stored value, from the sync at this time
        m_balance->setText(m_balance->text() + u' ' +
                           tr("(as of %1)").arg(RelativeTime::clock(asOf)));
    }
}

void AccountBar::clearAccount()
{
    m_email->setText(tr("Not signed in"));
    m_balance->clear();
    m_activeOrders->clear();
}

QString AccountBar::balanceText() const
{
    return m_balance->text();
}

QString AccountBar::connectionText() const
{
    return m_connection->text();
}

void AccountBar::changeEvent(QEvent *event)
{
    // The state's colour has a light and a dark variant: repaint it in the new theme.
    if (event->type() == QEvent::PaletteChange)
        setConnectionState(m_state, m_detail);
    QWidget::changeEvent(event);
}

void AccountBar::setConnectionState(ConnectionStatus::State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    using State = ConnectionStatus::State;
    Tone::Kind tone = Tone::Kind::Muted;
    switch (state) {
    case State::Connected:
        tone = Tone::Kind::Good;
        break;
    case State::Syncing:
    case State::Connecting:
        tone = Tone::Kind::Info;
        break;
    case State::Offline:
        tone = Tone::Kind::Caution;
        break;
    case State::KeyRejected:
        tone = Tone::Kind::Bad;
        break;
    case State::SignedOut:
        tone = Tone::Kind::Muted;
        break;
    }
    // The dot is decoration; the words carry the state for everyone, screen readers included.
    m_connection->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                              .arg(Tone::text(tone).name(), ConnectionStatus::textFor(state).toHtmlEscaped()));
    m_connection->setToolTip(detail);
    m_connection->setAccessibleDescription(ConnectionStatus::textFor(state));
}
