#include "purchasecontroller.h"

#include "api/apiclient.h"
#include "freshsync.h"
#include "services/accountservice.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QTimer>

PurchaseController::PurchaseController(ApiClient *client, AccountService *account,
                                       OrderService *orders, QObject *parent)
    : QObject(parent), m_client(client), m_account(account), m_orders(orders),
      m_prepareSync(new FreshSync(orders, account, this)),
      m_outcomeSync(new FreshSync(orders, account, this))
{
    connect(m_prepareSync, &FreshSync::finished, this, &PurchaseController::onPreparationSynced);
    connect(m_outcomeSync, &FreshSync::finished, this, &PurchaseController::onReconcileSynced);
}

PurchaseController::~PurchaseController() = default;

bool PurchaseController::isBusy() const
{
    return m_state == State::Sending || m_state == State::Unknown || m_state == State::Reconciling;
}

void PurchaseController::setSyncTimeoutMs(int ms)
{
    m_prepareSync->setTimeoutMs(ms);
    m_outcomeSync->setTimeoutMs(ms);
}

void PurchaseController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

// --- price preview ---------------------------------------------------------------------------

void PurchaseController::cancelQuote()
{
    // Deleting the context aborts the call; its callback never runs.
    delete m_quoteContext;
    m_quoteContext = nullptr;
}

void PurchaseController::requestQuote(const PurchaseRequest &request)
{
    cancelQuote();
    m_quoteContext = new QObject(this);
    QObject *context = m_quoteContext;
    if (!m_quotesAvailable) {
        // Answered like a call would be: later, never from inside this function.
        QTimer::singleShot(0, context, [this, request] {
            answerQuote(QuoteAnswer{request, QuoteAnswer::Status::Unavailable, {}, {}});
        });
        return;
    }
    m_client->quote(request, context, [this, request](ApiResult<PriceQuote> result) {
        QuoteAnswer answer{request, QuoteAnswer::Status::Priced, {}, result.error()};
        if (result.ok()) {
            answer.quote = result.value();
        } else {
            switch (result.error().kind()) {
            case ApiError::Kind::NotFound:
                // Older deployments have no /orders/calculate; do not ask again.
                m_quotesAvailable = false;
                answer.status = QuoteAnswer::Status::Unavailable;
                break;
            case ApiError::Kind::Refused:
            case ApiError::Kind::Forbidden:
                answer.status = QuoteAnswer::Status::Refused;
                break;
            default:
                answer.status = QuoteAnswer::Status::Failed;
                break;
            }
        }
        answerQuote(answer);
    });
}

void PurchaseController::answerQuote(QuoteAnswer answer)
{
    // The context is the sender of this very callback: delete it once the call has returned.
    if (m_quoteContext) {
        m_quoteContext->deleteLater();
        m_quoteContext = nullptr;
    }
    emit quoted(answer);
}

// --- review preparation ----------------------------------------------------------------------

void PurchaseController::prepareReview()
{
    m_preparing = true;
    m_preparationError = ApiError();
    FreshSync::Parts parts = FreshSync::Account;
    if (!m_orders->store()->hasSynced())
        parts |= FreshSync::Orders;
    m_prepareSync->start(parts);
}

void PurchaseController::onPreparationSynced()
{
    m_preparing = false;
    if (m_prepareSync->accountError().isError())
        m_preparationError = m_prepareSync->accountError();
    else if (m_prepareSync->ordersError().isError())
        m_preparationError = m_prepareSync->ordersError();
    emit reviewPrepared();
}

bool PurchaseController::isBalanceKnown() const
{
    return m_account->hasAccount() && m_account->account().walletBalanceCents.has_value();
}

qint64 PurchaseController::balanceCents() const
{
    return m_account->account().walletBalanceCents.value_or(0);
}

bool PurchaseController::hasOrderBaseline() const
{
    return m_orders->store()->hasSynced();
}

// --- the purchase ----------------------------------------------------------------------------

bool PurchaseController::purchase(const PurchaseRequest &request)
{
    if (m_state != State::Idle) {
        ++m_ignoredPurchases;
        return false;
    }
    cancelQuote();
    m_snapshot = PurchaseSnapshot::take(request, *m_orders->store(), *m_account);
    m_orderId = 0;
    m_serverMessage.clear();
    m_error = ApiError();
    m_reason = PurchaseRefusal::Reason::Other;
    m_report = ReconcileReport();
    setState(State::Sending);
    m_client->purchase(request, this,
                       [this](ApiResult<PurchaseResult> result) { onPurchaseAnswered(result); });
    return true;
}

void PurchaseController::onPurchaseAnswered(const ApiResult<PurchaseResult> &result)
{
    if (result.ok()) {
        m_orderId = result.value().orderId;
        m_serverMessage = result.value().message;
        // Started before anyone hears of the order, so the next completed sync lists it.
        m_outcomeSync->start(FreshSync::Orders | FreshSync::Account);
        setState(State::Succeeded);
        emit succeeded(m_orderId);
        return;
    }
    m_error = result.error();
    m_serverMessage = m_error.message();
    if (PurchaseRefusal::isDefinite(m_error)) {
        m_reason = PurchaseRefusal::reasonFor(m_error);
        setState(State::Refused);
        emit refused(m_error, m_reason);
        return;
    }
    setState(State::Unknown);
    emit outcomeUnknown(m_error);
    startReconcile();
}

void PurchaseController::startReconcile()
{
    setState(State::Reconciling);
    m_outcomeSync->start(FreshSync::Orders | FreshSync::Account);
}

bool PurchaseController::reconcileAgain()
{
    if (m_state != State::Reconciled || m_report.verdict == ReconcileReport::Verdict::OrderFound)
        return false;
    startReconcile();
    return true;
}

void PurchaseController::onReconcileSynced()
{
    if (m_state == State::Succeeded) {
        emit followUpFinished();
        return;
    }
    if (m_state != State::Reconciling)
        return;
    std::optional<qint64> balanceAfter;
    if (!m_outcomeSync->accountError().isError() && m_account->hasAccount())
        balanceAfter = m_account->account().walletBalanceCents;
    m_report =
        ReconcileReport::compute(m_snapshot, *m_orders->store(), m_outcomeSync->ordersError(),
                                 balanceAfter, m_outcomeSync->accountError());
    if (m_report.verdict == ReconcileReport::Verdict::OrderFound)
        m_orderId = m_report.orderId();
    setState(State::Reconciled);
    emit reconciled(m_report);
}

bool PurchaseController::canTryAgain() const
{
    return m_state == State::Refused ||
           (m_state == State::Reconciled && m_report.verdict == ReconcileReport::Verdict::NoOrder);
}

bool PurchaseController::acknowledge()
{
    if (!canTryAgain())
        return false;
    setState(State::Idle);
    return true;
}
