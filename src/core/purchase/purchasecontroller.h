#pragma once

#include "domain/apierror.h"
#include "domain/purchaserequest.h"
#include "domain/purchaseresult.h"
#include "purchaserefusal.h"
#include "purchasesnapshot.h"
#include "quoteanswer.h"
#include "reconcilereport.h"

#include <QObject>

class AccountService;
class ApiClient;
class FreshSync;
class OrderService;

// Every call of the purchase wizard, and the one place that spends money. The wizard is a view
// of this object.
//
// One purchase per confirmation: purchase() only acts in Idle and is never retried. A refusal
// ends in Refused (the server's words plus which choice to change); an answer that never came
// (timeout, dropped connection, 5xx) ends in Unknown, and the controller at once re-syncs the
// orders and balance and compares them with what it knew before sending (Reconciling, then
// Reconciled). Only a refusal, or a reconcile that shows no order was made, lets the person try
// again, and only through acknowledge() followed by a new purchase() call.
//
//   Idle -> Sending -> Succeeded
//                   -> Refused -----------------------------> (acknowledge) Idle
//                   -> Unknown -> Reconciling -> Reconciled -> (acknowledge, if no order) Idle
class PurchaseController final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Sending, Succeeded, Refused, Unknown, Reconciling, Reconciled };
    Q_ENUM(State)

    PurchaseController(ApiClient *client, AccountService *account, OrderService *orders,
                       QObject *parent = nullptr);
    ~PurchaseController() override;

    State state() const { return m_state; }
    // A purchase is on its way or being reconciled: the wizard must stay open.
    bool isBusy() const;

    // Price preview. Only the latest request is answered (quoted()); an older one is dropped.
    // After a 404 every later request is answered Unavailable without asking again.
    void requestQuote(const PurchaseRequest &request);
    void cancelQuote();
    bool isQuoting() const { return m_quoteContext != nullptr; }
    bool quotesAvailable() const { return m_quotesAvailable; }

    // Before the review: a fresh balance and, if the orders were never listed, the order list
    // (the baseline an unknown outcome is reconciled against). Ends with reviewPrepared().
    void prepareReview();
    bool isPreparing() const { return m_preparing; }
    bool isBalanceKnown() const;
    qint64 balanceCents() const;
    bool hasOrderBaseline() const;
    // Why the preparation is incomplete; kind None when it is not.
    ApiError preparationError() const { return m_preparationError; }

    // Sends one purchase. Ignored (false, counted) unless Idle.
    bool purchase(const PurchaseRequest &request);
    int ignoredPurchaseCalls() const { return m_ignoredPurchases; }
    // Whether a new confirmation may be asked for: after a refusal, or after a reconcile that
    // showed no order was made.
    bool canTryAgain() const;
    // Back to Idle when canTryAgain(); false otherwise.
    bool acknowledge();
    // Checks once more after an unclear reconcile (or to be sure after any reconcile).
    bool reconcileAgain();

    // The order bought: from the answer, or found by the reconcile. 0 when none.
    qint64 orderId() const { return m_orderId; }
    QString serverMessage() const { return m_serverMessage; }
    const PurchaseRequest &sentRequest() const { return m_snapshot.request; }
    const ApiError &error() const { return m_error; }
    PurchaseRefusal::Reason refusalReason() const { return m_reason; }
    const ReconcileReport &report() const { return m_report; }

    // Tests shorten how long a re-sync may take before the reconcile calls it unclear.
    void setSyncTimeoutMs(int ms);

signals:
    void stateChanged(PurchaseController::State state);
    void quoted(const QuoteAnswer &answer);
    void reviewPrepared();
    void succeeded(qint64 orderId);
    void refused(const ApiError &error, PurchaseRefusal::Reason reason);
    void outcomeUnknown(const ApiError &error);
    void reconciled(const ReconcileReport &report);
    // The order list and balance were reloaded after a successful purchase.
    void followUpFinished();

private:
    void setState(State state);
    void answerQuote(QuoteAnswer answer);
    void onPurchaseAnswered(const ApiResult<PurchaseResult> &result);
    void startReconcile();
    void onReconcileSynced();
    void onPreparationSynced();

    ApiClient *m_client;
    AccountService *m_account;
    OrderService *m_orders;
    FreshSync *m_prepareSync;
    FreshSync *m_outcomeSync; // after a success, or to reconcile an unknown outcome
    QObject *m_quoteContext = nullptr;
    State m_state = State::Idle;
    bool m_quotesAvailable = true;
    bool m_preparing = false;
    ApiError m_preparationError;
    int m_ignoredPurchases = 0;
    PurchaseSnapshot m_snapshot;
    qint64 m_orderId = 0;
    QString m_serverMessage;
    ApiError m_error;
    PurchaseRefusal::Reason m_reason = PurchaseRefusal::Reason::Other;
    ReconcileReport m_report;
};
