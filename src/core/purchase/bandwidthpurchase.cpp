#include "bandwidthpurchase.h"

#include "api/apiclient.h"
#include "domain/purchaserequest.h"
#include "services/accountservice.h"
#include "services/orderstore.h"

#include <memory>

BandwidthPurchase::BandwidthPurchase(ApiClient *client, AccountService *account, OrderStore *store,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_account(account), m_store(store)
{
}

void BandwidthPurchase::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BandwidthPurchase::readBoth(
    std::function<void(std::optional<qint64>, std::optional<qint64>, const ApiError &)> then)
{
    struct Pending
    {
        int left = 2;
        std::optional<qint64> quantity;
        std::optional<qint64> balance;
        ApiError error;
    };
    auto pending = std::make_shared<Pending>();
    auto done = [pending, then = std::move(then)] {
        if (--pending->left == 0)
            then(pending->quantity, pending->balance, pending->error);
    };
    m_client->orderDetails(m_orderId, this, [this, pending, done](ApiResult<OrderDetails> r) {
        if (r.ok()) {
            pending->quantity = r.value().quantity;
            if (m_store)
                m_store->setDetails(r.value());
        } else {
            pending->error = r.error();
        }
        done();
    });
    m_client->me(this, [pending, done](ApiResult<Account> r) {
        if (r.ok())
            pending->balance = r.value().walletBalanceCents;
        else if (pending->error.kind() == ApiError::Kind::None)
            pending->error = r.error();
        done();
    });
}

void BandwidthPurchase::prepare(qint64 orderId, const QString &product)
{
    if (isBusy() || m_state == State::Preparing)
        return;
    m_orderId = orderId;
    m_product = product;
    m_quantityBefore.reset();
    m_balanceBefore.reset();
    m_preparationError = ApiError();
    setState(State::Preparing);
    readBoth([this](std::optional<qint64> quantity, std::optional<qint64> balance, const ApiError &error) {
        m_quantityBefore = quantity;
        m_balanceBefore = balance;
        m_preparationError = error;
        setState(State::Ready);
        emit prepared();
    });
}

void BandwidthPurchase::requestQuote(qint64 gb, const QString &promoCode)
{
    // A new context per ask: deleting the old one drops its answer, so only the latest counts.
    delete m_quoteContext;
    m_quoteContext = new QObject(this);
    const PurchaseRequest request = BandwidthRequest(m_orderId, gb, promoCode).toQuoteRequest(m_product);
    m_client->quote(request, m_quoteContext, [this, gb](ApiResult<PriceQuote> r) {
        m_quoteContext->deleteLater();
        m_quoteContext = nullptr;
        emit quoted(gb, r);
    });
}

bool BandwidthPurchase::send(qint64 gb, const QString &promoCode)
{
    if (m_state != State::Ready)
        return false;
    m_sentGb = gb;
    m_error = ApiError();
    m_message.clear();
    m_quantityAfter.reset();
    m_balanceAfter.reset();
    setState(State::Sending);
    m_client->addBandwidth(BandwidthRequest(m_orderId, gb, promoCode), this, [this](ApiResult<ActionResult> r) {
        if (r.ok()) {
            m_message = r.value().message;
            setState(State::Succeeded);
            emit succeeded(m_message);
            // The new traffic and balance, for the window; nothing depends on their answers.
            if (m_account)
                m_account->refresh();
            readBoth([this](std::optional<qint64> quantity, std::optional<qint64> balance, const ApiError &) {
                m_quantityAfter = quantity;
                m_balanceAfter = balance;
            });
            return;
        }
        m_error = r.error();
        if (!m_error.leavesOutcomeUnknown()) {
            setState(State::Refused);
            emit refused(m_error);
            return;
        }
        setState(State::Reconciling);
        readBoth([this](std::optional<qint64> quantity, std::optional<qint64> balance, const ApiError &) {
            m_quantityAfter = quantity;
            m_balanceAfter = balance;
            m_verdict = judge(m_sentGb, m_quantityBefore, quantity, m_balanceBefore, balance);
            if (m_account)
                m_account->refresh();
            setState(State::Reconciled);
            emit reconciled(m_verdict);
        });
    });
    return true;
}

BandwidthPurchase::Verdict BandwidthPurchase::judge(qint64 gb, std::optional<qint64> quantityBefore,
                                                    std::optional<qint64> quantityAfter,
                                                    std::optional<qint64> balanceBefore,
                                                    std::optional<qint64> balanceAfter)
{
    const bool quantityKnown = quantityBefore && quantityAfter;
    const bool balanceKnown = balanceBefore && balanceAfter;
    if (quantityKnown && *quantityAfter >= *quantityBefore + gb)
        return Verdict::Added;
    // Nothing added only when everything we can see says so: the traffic did not grow (when
    // the server reports it) and no money left the wallet.
    const bool balanceSame = balanceKnown && *balanceAfter >= *balanceBefore;
    const bool quantitySame = !quantityKnown || *quantityAfter == *quantityBefore;
    if (balanceSame && quantitySame)
        return Verdict::NotAdded;
    return Verdict::Unclear;
}

bool BandwidthPurchase::canTryAgain() const
{
    return m_state == State::Refused ||
           (m_state == State::Reconciled && m_verdict == Verdict::NotAdded);
}

bool BandwidthPurchase::acknowledge()
{
    if (!canTryAgain())
        return false;
    setState(State::Ready);
    return true;
}
