#include "demosubusers.h"

#include "mockcatalog.h"
#include "mockresidentialpools.h"

#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

void DemoSubUsers::fill(MockResidentialPools &pools, const MockCatalog &catalog,
                        const QList<MockOrder> &orders, quint32 seed)
{
    QRandomGenerator random(seed ^ 0x15u);
    // Unicode on purpose, as in the order tags: names must survive the round trip intact.
    const QList<QPair<QString, QStringList>> names{
        {u"standart"_s,
         {u"scraper-eu"_s, u"ads-verify"_s, u"client-acme-01"_s, u"monitoring"_s, u"тест-юзер"_s,
          u"seo-batch"_s, u"qa"_s}},
        {u"premium"_s, {u"client-globex"_s, u"price-watch"_s, u"ads-vérif"_s}},
    };
    for (const auto &[type, list] : names) {
        qint64 purchased = 0;
        const MockProduct *product = catalog.productByCode(type);
        for (const MockOrder &o : orders) {
            if (product && o.productId == product->id)
                purchased += o.quantity;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            const qint64 dataGb = 5 + random.bounded(46);
            const qint64 dataMb = dataGb * MockSubUser::kMbPerGb;
            qint64 spentMb = 0;
            switch (i) {
            case 0:
                spentMb = dataMb; // exhausted
                break;
            case 1:
                spentMb = dataMb * 95 / 100 + random.bounded(10); // about to run out
                break;
            case 2:
                spentMb = 0; // fresh
                break;
            default:
                spentMb = qint64(random.bounded(quint64(dataMb + 1)));
                break;
            }
            pools.add(type, list.at(i), dataGb, spentMb);
            purchased += dataGb;
        }
        pools.setPurchasedGb(type, purchased);
    }
}
