#include "alerttext.h"

#include "alerts/renewalalerts.h"
#include "domain/money.h"

QStringList AlertText::lines(const RenewalAlerts &alerts)
{
    QStringList lines;
    if (!alerts.expiringIds().isEmpty()) {
        lines.append(tr("%Ln order(s) expire within %1 and will not renew themselves.", nullptr,
                        int(alerts.expiringIds().size()))
                         .arg(tr("%Ln day(s)", nullptr, alerts.warningDays())));
    }
    if (alerts.isUnderfunded()) {
        lines.append(tr("Auto-renewals due in the next %Ln day(s) cost %1, the wallet holds %2: "
                        "top up %3.",
                        nullptr, RenewalAlerts::kFundingWindowDays)
                         .arg(Money::format(alerts.knownRenewalCostCents()),
                              Money::format(alerts.balanceCents().value_or(0)),
                              Money::format(alerts.shortfallCents())));
        if (alerts.unpricedRenewalCount() > 0) {
            lines.append(tr("%Ln more renewal(s) could not be priced.", nullptr,
                            int(alerts.unpricedRenewalCount())));
        }
    }
    return lines;
}

QString AlertText::title(const RenewalAlerts &alerts)
{
    if (alerts.isUnderfunded() && alerts.expiringIds().isEmpty())
        return tr("Not enough money for the coming renewals");
    if (!alerts.isUnderfunded())
        return tr("Orders expire soon");
    return tr("Orders need attention");
}
