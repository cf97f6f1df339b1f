#pragma once

#include "domain/apierror.h"
#include "domain/bandwidthrequest.h"
#include "domain/pricequote.h"

#include <QObject>

#include <optional>

class AccountService;
class ApiClient;
class OrderStore;

// Adding traffic to a residential order: the one place POST /orders/{id}/add-bandwidth is sent.
// Money-safe like renew and purchase: one POST per confirmation, never retried. Before sending,
// the order's traffic and the balance are read fresh; when the answer is lost they are read
// again and compared, and only a refusal or a reconcile that shows nothing was added lets the
// person try again.
//
//   Idle -> Preparing -> Ready -> Sending -> Succeeded
//                                         -> Refused ------------------------> (acknowledge) Ready
//                                         -> Reconciling -> Reconciled ------> (acknowledge, if not added) Ready
class BandwidthPurchase final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Preparing, Ready, Sending, Succeeded, Refused, Reconciling, Reconciled };
    Q_ENUM(State)
    enum class Verdict {
        Added,    // the order's traffic grew by the amount
        NotAdded, // the traffic and the balance are as before
        Unclear,  // they could not be read, or they changed in a way that tells nothing sure
    };
    Q_ENUM(Verdict)

    // `store` (optional) receives the fresh details of the order.
    BandwidthPurchase(ApiClient *client, AccountService *account, OrderStore *store,
                      QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Sending || m_state == State::Reconciling; }

    // Reads the order and the balance (the baseline a lost answer is reconciled against).
    void prepare(qint64 orderId, const QString &product);
    qint64 orderId() const { return m_orderId; }
    std::optional<qint64> quantityBefore() const { return m_quantityBefore; }
    std::optional<qint64> balanceBeforeCents() const { return m_balanceBefore; }
    ApiError preparationError() const { return m_preparationError; }

    // The price of `gb` as the product's calculate tells it; only the latest ask is answered.
    void requestQuote(qint64 gb, const QString &promoCode);

    // Sends one add-bandwidth for the prepared order. Ignored (false) unless Ready.
    bool send(qint64 gb, const QString &promoCode);
    bool canTryAgain() const;
    bool acknowledge();

    const ApiError &error() const { return m_error; }
    QString serverMessage() const { return m_message; }
    Verdict verdict() const { return m_verdict; }
    std::optional<qint64> quantityAfter() const { return m_quantityAfter; }
    std::optional<qint64> balanceAfterCents() const { return m_balanceAfter; }

    // What a reconcile concludes from the order's traffic and the balance before and after.
    static Verdict judge(qint64 gb, std::optional<qint64> quantityBefore,
                         std::optional<qint64> quantityAfter, std::optional<qint64> balanceBefore,
                         std::optional<qint64> balanceAfter);

signals:
    void stateChanged(BandwidthPurchase::State state);
    void prepared();
    void quoted(qint64 gb, const ApiResult<PriceQuote> &quote);
    void succeeded(const QString &message);
    void refused(const ApiError &error);
    void reconciled(BandwidthPurchase::Verdict verdict);

private:
    void setState(State state);
    // Reads the order's quantity and the balance, then calls `then`.
    void readBoth(std::function<void(std::optional<qint64> quantity, std::optional<qint64> balance,
                                     const ApiError &error)> then);

    ApiClient *m_client;
    AccountService *m_account;
    OrderStore *m_store;
    QObject *m_quoteContext = nullptr;
    State m_state = State::Idle;
    qint64 m_orderId = 0;
    QString m_product;
    qint64 m_sentGb = 0;
    std::optional<qint64> m_quantityBefore;
    std::optional<qint64> m_balanceBefore;
    std::optional<qint64> m_quantityAfter;
    std::optional<qint64> m_balanceAfter;
    ApiError m_preparationError;
    ApiError m_error;
    QString m_message;
    Verdict m_verdict = Verdict::Unclear;
};
