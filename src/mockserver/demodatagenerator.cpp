#include "demodatagenerator.h"

#include "mockstate.h"

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed) : m_random(seed) {}

QStringList DemoDataGenerator::tags()
{
    // Unicode on purpose: the client must keep Cyrillic and accents intact end to end.
    return {u"scraping"_s,   u"client-acme"_s,   u"seo"_s,      u"тест"_s,
            u"monitoring"_s, u"client-globex"_s, u"ads-vérif"_s};
}

QList<MockOrder> DemoDataGenerator::generate(const MockCatalog &catalog, int count, qint64 nowSecs)
{
    QList<MockOrder> orders;
    if (count <= 0 || catalog.products().isEmpty())
        return orders;
    orders.reserve(count);

    // Share strings between orders: 100,000 orders must not mean 100,000 string allocations.
    const QStringList tagList = tags();
    const QString none = u"none"_s;
    const QString save10 = u"SAVE10"_s;
    const QString monthly20 = u"MONTHLY20"_s;
    const QString monthly = u"monthly"_s;
    static constexpr int kQuantitiesIp[] = {1, 1, 2, 3, 5, 5, 10, 10, 20, 25, 50, 100};
    static constexpr int kQuantitiesGb[] = {1, 2, 5, 10, 20, 50, 100};

    // Weights per product code: mostly datacenter, as at the provider.
    const auto weightOf = [](const QString &code) {
        if (code == u"dc")
            return 35;
        if (code == u"isp")
            return 20;
        if (code == u"standart")
            return 10;
        if (code == u"premium")
            return 8;
        if (code == u"unmetered")
            return 12;
        return 15;
    };
    QList<int> cumulative;
    int totalWeight = 0;
    for (const MockProduct &p : catalog.products()) {
        totalWeight += weightOf(p.code);
        cumulative.append(totalWeight);
    }

    for (int n = 0; n < count; ++n) {
        MockOrder o;
        o.orderId = MockState::kFirstOrderId + n;

        const int roll = pick(totalWeight);
        int productIndex = 0;
        while (cumulative.at(productIndex) <= roll)
            ++productIndex;
        const MockProduct &product = catalog.products().at(productIndex);
        o.productId = product.id;
        o.productName = product.name;
        if (product.hasLocations())
            o.location = product.locations.at(pick(int(product.locations.size())));
        const QStringList cycles = product.cycles(o.location);
        o.cycleName = cycles.at(pick(int(cycles.size())));
        o.cycleId = MockCatalog::cycleId(o.cycleName);

        switch (product.shape) {
        case MockProduct::Shape::DatacenterIsp:
            o.quantity = kQuantitiesIp[pick(int(std::size(kQuantitiesIp)))];
            break;
        case MockProduct::Shape::ResidentialGb:
            o.quantity = kQuantitiesGb[pick(int(std::size(kQuantitiesGb)))];
            break;
        case MockProduct::Shape::Unmetered:
            o.quantity = 1;
            break;
        case MockProduct::Shape::Generic:
            o.quantity = 1 + pick(5);
            break;
        }

        const int promoRoll = pick(100);
        int percent = 0;
        if (promoRoll < 12) {
            o.promoCode = save10;
            percent = 10;
        } else if (promoRoll < 20 && o.cycleName == monthly) {
            o.promoCode = monthly20;
            percent = 20;
        }
        o.pricePaidCents = MockCatalog::applyDiscount(
            product.unitPrice(o.location, o.cycleName) * o.quantity, percent);

        const qint64 cycleLength = MockCatalog::cycleLengthSecs(o.cycleName);
        if (cycleLength == 0) {
            o.status = MockOrder::Status::Active;
            o.createdAt = nowSecs - kDay - pick64(400 * kDay);
        } else {
            const int statusRoll = pick(100);
            qint64 expires = 0;
            if (statusRoll < 60) {
                o.status = MockOrder::Status::Active;
                expires = nowSecs + 2 * kHour + pick64(60 * kDay - 2 * kHour);
            } else if (statusRoll < 72) {
                o.status = MockOrder::Status::OnHold;
                expires = nowSecs - 60 - pick64(3 * kDay - 120);
            } else {
                o.status = MockOrder::Status::Cancelled;
                expires = nowSecs - 3 * kDay - 60 - pick64(57 * kDay);
            }
            o.expiresAt = expires;
            // Some orders have been renewed a few times before.
            o.createdAt = expires - cycleLength * (1 + pick(4));
            if (o.createdAt >= nowSecs)
                o.createdAt = nowSecs - kHour - pick64(kDay);
        }

        if (product.hasAutoRenewal) {
            const int autoRoll = pick(100);
            o.autoRenewal = o.status == MockOrder::Status::Active ? autoRoll < 65 : autoRoll < 40;
        }

        const int tagRoll = pick(100);
        if (tagRoll < 45)
            o.tag = tagList.at(pick(int(tagList.size())));
        else if (tagRoll < 56)
            o.tag = none; // the provider's spelling of "no tag"; most untagged rows are null

        // p0f slots on some active Datacenter/ISP orders, a few with a downgrade or cancel
        // pending. From the id, not the random stream: every other field stays as it was.
        if (product.isDatacenterOrIsp() && o.status == MockOrder::Status::Active &&
            o.orderId % 6 == 0) {
            o.p0fSlots = int(qMin<qint64>(o.quantity, 1 + (o.orderId / 6) % 4));
            o.p0fSlotsNext = o.orderId % 24 == 0 ? o.p0fSlots - 1 : o.p0fSlots;
            o.p0fSlotPriceCents = MockCatalog::p0fSlotPrice(o.cycleName);
        }

        const int styleRoll = pick(100);
        if (styleRoll < 5)
            o.timeStyle = MockOrder::TimeStyle::NoOffset;
        else if (styleRoll < 53)
            o.timeStyle = MockOrder::TimeStyle::Zulu;
        else
            o.timeStyle = MockOrder::TimeStyle::PlusZero;

        orders.append(o);
    }
    return orders;
}
