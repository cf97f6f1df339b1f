#pragma once

#include "domain/pricequote.h"
#include "purchase/bandwidthpurchase.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class AddBandwidthDialog;
}

// Add traffic to one residential order: the amount, a promo code, the price as the catalogue
// previews it, the balance and the balance after, and the button that names the spend. The
// dialog is a view of a BandwidthPurchase: it stays open while the request is on its way or
// being reconciled, and a second click sends nothing.
class AddBandwidthDialog final : public QDialog
{
    Q_OBJECT

public:
    // Takes ownership of `purchase`.
    AddBandwidthDialog(BandwidthPurchase *purchase, qint64 orderId, const QString &product,
                       QWidget *parent = nullptr);
    ~AddBandwidthDialog() override;

    BandwidthPurchase *purchase() const { return m_purchase; }
    // The price of the amount now chosen, when previewed.
    std::optional<qint64> priceCents() const;
    QString confirmText() const;

    void reject() override;

signals:
    // The traffic was added (answered, or found by the reconcile): balances and details moved.
    void trafficAdded(qint64 orderId);

private:
    void onStateChanged(BandwidthPurchase::State state);
    void onQuoted(qint64 gb, const ApiResult<PriceQuote> &quote);
    void askQuote();
    void updateSummary();
    void send();

    std::unique_ptr<Ui::AddBandwidthDialog> m_ui;
    BandwidthPurchase *m_purchase;
    qint64 m_orderId;
    std::optional<PriceQuote> m_quote;
    qint64 m_quotedGb = 0;
    QString m_quoteProblem;
    QString m_problem; // why the last try added nothing, until the next one
};
