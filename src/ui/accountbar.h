#pragma once

#include "services/connectionstatus.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
struct Account;

// The account at a glance, always visible: email, wallet balance, active orders and the
// connection state.
class AccountBar final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountBar(QWidget *parent = nullptr);

    // `asOf` valid: the stored account, shown until the server answers ("as of 14:02").
    void setAccount(const Account &account, const QDateTime &asOf = QDateTime());
    void clearAccount();
    void setConnectionState(ConnectionStatus::State state, const QString &detail = QString());

    QString balanceText() const;
    QString connectionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_email;
    QLabel *m_balance;
    QLabel *m_activeOrders;
    QLabel *m_connection;
    ConnectionStatus::State m_state = ConnectionStatus::State::SignedOut;
    QString m_detail;
};
