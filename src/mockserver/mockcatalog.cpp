#include "mockcatalog.h"

#include <QtMath>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

struct CycleInfo
{
    const char16_t *name;
    int id;
    qint64 days;
};

// Two families of names exist at the provider: proxies use weekly/monthly..., mobile plans use
// day/week/month. Both are kept, with their own ids, as the real service reports them.
constexpr CycleInfo kCycles[] = {
    {u"daily", 1, 1},      {u"weekly", 2, 7},   {u"monthly", 3, 30},
    {u"quarterly", 4, 90}, {u"yearly", 5, 365}, {u"lifetime", 6, 0},
    {u"day", 7, 1},        {u"week", 8, 7},     {u"month", 9, 30},
};

const CycleInfo *cycleInfo(const QString &cycle)
{
    for (const CycleInfo &info : kCycles) {
        if (cycle == QStringView(info.name))
            return &info;
    }
    return nullptr;
}

// Datacenter prices derive from a monthly price per IP; longer cycles are cheaper per month.
qint64 scaled(qint64 monthly, double factor)
{
    return qRound64(double(monthly) * factor);
}

} // namespace

MockCatalog MockCatalog::demo()
{
    MockCatalog catalog;

    MockProduct dc;
    dc.id = 1;
    dc.name = u"Datacenter Proxy"_s;
    dc.code = u"dc"_s;
    dc.description = u"Dedicated IPv4 datacenter proxies with HTTP and SOCKS5 access, "
                     "unlimited traffic."_s;
    dc.shape = MockProduct::Shape::DatacenterIsp;
    dc.hasAutoRenewal = true;
    const struct
    {
        const char16_t *country;
        qint64 monthly;
    } dcPrices[] = {{u"US", 140}, {u"DE", 150}, {u"GB", 160},
                    {u"NL", 150}, {u"FR", 155}, {u"JP", 220}};
    for (const auto &p : dcPrices) {
        const QString country = QString::fromUtf16(p.country);
        dc.locations.append(country);
        if (country != u"JP") {
            dc.addCycle(country, u"weekly"_s, scaled(p.monthly, 0.3));
        }
        dc.addCycle(country, u"monthly"_s, p.monthly);
        dc.addCycle(country, u"quarterly"_s, scaled(p.monthly, 2.8));
        if (country != u"JP")
            dc.addCycle(country, u"yearly"_s, scaled(p.monthly, 10.0));
    }
    catalog.addProduct(dc);

    MockProduct isp;
    isp.id = 2;
    isp.name = u"ISP Proxy"_s;
    isp.code = u"isp"_s;
    isp.description = u"Static residential (ISP) IPv4 proxies hosted by consumer internet "
                      "providers."_s;
    isp.shape = MockProduct::Shape::DatacenterIsp;
    isp.hasAutoRenewal = true;
    const struct
    {
        const char16_t *country;
        qint64 monthly;
    } ispPrices[] = {{u"US", 300}, {u"DE", 320}, {u"GB", 340}};
    for (const auto &p : ispPrices) {
        const QString country = QString::fromUtf16(p.country);
        isp.locations.append(country);
        isp.addCycle(country, u"monthly"_s, p.monthly);
        isp.addCycle(country, u"quarterly"_s, scaled(p.monthly, 2.8));
    }
    catalog.addProduct(isp);

    MockProduct standart;
    standart.id = 3;
    standart.name = u"Standart Residential Proxy"_s; // sic: the provider's spelling
    standart.code = u"standart"_s;
    standart.description = u"Rotating residential proxies billed per GB; traffic never "
                           "expires."_s;
    standart.shape = MockProduct::Shape::ResidentialGb;
    standart.addCycle(QString(), u"lifetime"_s, 350);
    catalog.addProduct(standart);

    MockProduct premium;
    premium.id = 4;
    premium.name = u"Premium Residential Proxy"_s;
    premium.code = u"premium"_s;
    premium.description = u"Premium residential pool with city targeting, billed per GB."_s;
    premium.shape = MockProduct::Shape::ResidentialGb;
    premium.addCycle(QString(), u"lifetime"_s, 700);
    catalog.addProduct(premium);

    MockProduct unmetered;
    unmetered.id = 5;
    unmetered.name = u"Unmetered Residential proxy"_s; // sic: lower-case "proxy"
    unmetered.code = u"unmetered"_s;
    unmetered.description = u"Residential proxies without a traffic limit, billed per period."_s;
    unmetered.shape = MockProduct::Shape::Unmetered;
    unmetered.hasAutoRenewal = true;
    unmetered.addCycle(QString(), u"daily"_s, 1500);
    unmetered.addCycle(QString(), u"weekly"_s, 7500);
    unmetered.addCycle(QString(), u"monthly"_s, 24900);
    catalog.addProduct(unmetered);

    MockProduct mobile;
    mobile.id = 6;
    mobile.name = u"Mobile Proxy 4G"_s;
    mobile.code = u"mobile"_s;
    mobile.description = u"Dedicated 4G mobile ports with IP rotation on demand."_s;
    mobile.shape = MockProduct::Shape::Generic;
    mobile.addCycle(QString(), u"day"_s, 600);
    mobile.addCycle(QString(), u"week"_s, 3000);
    mobile.addCycle(QString(), u"month"_s, 9900);
    catalog.addProduct(mobile);

    catalog.addPromo({u"SAVE10"_s, 10, QString()});
    catalog.addPromo({u"MONTHLY20"_s, 20, u"monthly"_s});
    // A fractional discount, as production has: calculate answers "discount_percent": 12.5.
    catalog.addPromo({u"SAVE12"_s, 12.5, QString()});

    // At least one country of each product is sold out, so the wizard's stock checks show.
    const struct
    {
        const char16_t *country;
        const char16_t *product;
        int amount;
    } stock[] = {{u"US", u"dc", 5000}, {u"DE", u"dc", 1200}, {u"GB", u"dc", 800},
                 {u"NL", u"dc", 450},  {u"FR", u"dc", 0},    {u"JP", u"dc", 50},
                 {u"US", u"isp", 300}, {u"DE", u"isp", 150}, {u"GB", u"isp", 0}};
    for (const auto &s : stock)
        catalog.setStock(QString::fromUtf16(s.country), QString::fromUtf16(s.product), s.amount);

    return catalog;
}

const MockProduct *MockCatalog::product(const QString &name) const
{
    for (const MockProduct &p : m_products) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

const MockProduct *MockCatalog::productById(int id) const
{
    for (const MockProduct &p : m_products) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const MockProduct *MockCatalog::productByCode(const QString &code) const
{
    for (const MockProduct &p : m_products) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

void MockCatalog::addProduct(const MockProduct &product)
{
    m_products.append(product);
}

std::optional<MockCatalog::PromoCode> MockCatalog::promo(const QString &code) const
{
    for (const PromoCode &p : m_promos) {
        if (p.code.compare(code, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

void MockCatalog::addPromo(const PromoCode &promo)
{
    m_promos.append(promo);
}

int MockCatalog::stock(const QString &country, const QString &productCode) const
{
    for (const StockEntry &e : m_stock) {
        if (e.country == country && e.product == productCode)
            return e.amount;
    }
    return -1;
}

void MockCatalog::setStock(const QString &country, const QString &productCode, int amount)
{
    for (StockEntry &e : m_stock) {
        if (e.country == country && e.product == productCode) {
            e.amount = amount;
            return;
        }
    }
    m_stock.append({country, productCode, amount});
}

int MockCatalog::cycleId(const QString &cycle)
{
    const CycleInfo *info = cycleInfo(cycle);
    return info ? info->id : 0;
}

qint64 MockCatalog::cycleLengthSecs(const QString &cycle)
{
    const CycleInfo *info = cycleInfo(cycle);
    return info ? info->days * 24 * 3600 : 0;
}

qint64 MockCatalog::p0fSlotPrice(const QString &cycle)
{
    const CycleInfo *info = cycleInfo(cycle);
    return info && info->days > 0 ? qMax<qint64>(5, (150 * info->days + 15) / 30) : 0;
}

qint64 MockCatalog::applyDiscount(qint64 originalCents, int percent)
{
    return originalCents - (originalCents * percent + 50) / 100;
}

qint64 MockCatalog::applyDiscount(qint64 originalCents, double percent)
{
    if (std::floor(percent) == percent)
        return applyDiscount(originalCents, int(percent));
    return originalCents - qRound64(double(originalCents) * percent / 100.0);
}
