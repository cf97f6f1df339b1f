#include "purchasesnapshot.h"

#include "services/accountservice.h"
#include "services/orderstore.h"

PurchaseSnapshot PurchaseSnapshot::take(const PurchaseRequest &request, const OrderStore &store,
                                        const AccountService &account)
{
    PurchaseSnapshot s;
    s.request = request;
    s.baselineComplete = store.hasSynced();
    s.knownOrderIds.reserve(store.count());
    for (const Order &o : store.orders())
        s.knownOrderIds.insert(o.id);
    if (account.hasAccount())
        s.balanceCents = account.account().walletBalanceCents;
    return s;
}
