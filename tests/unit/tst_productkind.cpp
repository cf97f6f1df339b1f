#include "domain/productkind.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstProductKind : public QObject
{
    Q_OBJECT

private slots:
    void fromName_data();
    void fromName();
    void capabilities_data();
    void capabilities();
};

void TstProductKind::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ProductKind>("kind");
    QTest::newRow("Datacenter Proxy") << u"Datacenter Proxy"_s << ProductKind::Datacenter;
    QTest::newRow("datacenter proxy") << u"datacenter proxy"_s << ProductKind::Datacenter;
    QTest::newRow("padded DC") << u"  Datacenter Proxy\t"_s << ProductKind::Datacenter;
    QTest::newRow("ISP Proxy") << u"ISP Proxy"_s << ProductKind::Isp;
    QTest::newRow("isp proxy") << u"isp proxy"_s << ProductKind::Isp;
    QTest::newRow("Standart (provider)")
        << u"Standart Residential Proxy"_s << ProductKind::ResidentialStandard;
    QTest::newRow("Standard (dictionary)")
        << u"Standard Residential Proxy"_s << ProductKind::ResidentialStandard;
    QTest::newRow("Premium") << u"Premium Residential Proxy"_s << ProductKind::ResidentialPremium;
    QTest::newRow("Unmetered (provider case)")
        << u"Unmetered Residential proxy"_s << ProductKind::ResidentialUnmetered;
    QTest::newRow("Unmetered (title case)")
        << u"Unmetered Residential Proxy"_s << ProductKind::ResidentialUnmetered;
    QTest::newRow("Residential Proxy NEW") << u"Residential Proxy NEW"_s << ProductKind::Other;
    QTest::newRow("Mobile") << u"Mobile Proxy Plan Name"_s << ProductKind::Other;
    QTest::newRow("empty") << QString() << ProductKind::Other;
    // By pattern, not by exact name (issue 12): the catalogue's wording changes.
    QTest::newRow("Datacenter (no Proxy)") << u"Datacenter"_s << ProductKind::Datacenter;
    QTest::newRow("Datacenter Proxy Plus") << u"Datacenter Proxy Plus"_s << ProductKind::Datacenter;
    QTest::newRow("Datacenter Proxies") << u"Datacenter Proxies"_s << ProductKind::Datacenter;
    QTest::newRow("DATACENTER") << u"DATACENTER IPv4"_s << ProductKind::Datacenter;
    QTest::newRow("data center (two words)") << u"Data Center Proxy"_s << ProductKind::Datacenter;
    QTest::newRow("datacentre (British)") << u"Datacentre Proxy"_s << ProductKind::Datacenter;
    QTest::newRow("ISP proxy (static)") << u"ISP proxy (static)"_s << ProductKind::Isp;
    QTest::newRow("Static ISP") << u"Static ISP"_s << ProductKind::Isp;
    QTest::newRow("ISP alone") << u"isp"_s << ProductKind::Isp;
    QTest::newRow("ISP-Premium") << u"ISP-Premium"_s << ProductKind::Isp;
    QTest::newRow("isp inside display is no ISP") << u"Display Proxy"_s << ProductKind::Other;
    QTest::newRow("isp inside whisper is no ISP") << u"Whisper Net"_s << ProductKind::Other;
    QTest::newRow("isps is no ISP") << u"Crisps"_s << ProductKind::Other;
    QTest::newRow("Mobile wins over Datacenter")
        << u"Mobile Datacenter Proxy"_s << ProductKind::Other;
    QTest::newRow("Mobile wins over ISP") << u"Mobile ISP Proxy"_s << ProductKind::Other;
    QTest::newRow("MOBILE 4G") << u"MOBILE 4G"_s << ProductKind::Other;
    QTest::newRow("Unmetered alone") << u"Unmetered"_s << ProductKind::ResidentialUnmetered;
    QTest::newRow("Residential Unmetered")
        << u"Residential Unmetered (daily)"_s << ProductKind::ResidentialUnmetered;
    QTest::newRow("Residential Premium") << u"Residential Premium"_s
                                         << ProductKind::ResidentialPremium;
    QTest::newRow("RESIDENTIAL PREMIUM") << u"RESIDENTIAL PREMIUM PROXY"_s
                                         << ProductKind::ResidentialPremium;
    QTest::newRow("residential standart, lower case")
        << u"residential standart"_s << ProductKind::ResidentialStandard;
    QTest::newRow("Residential (Standard)")
        << u"Residential (Standard)"_s << ProductKind::ResidentialStandard;
    QTest::newRow("Premium without residential") << u"Premium Proxy"_s << ProductKind::Other;
    QTest::newRow("Standard without residential") << u"Standard Proxy"_s << ProductKind::Other;
    QTest::newRow("Residential alone") << u"Residential"_s << ProductKind::Other;
    QTest::newRow("unknown name") << u"Super Proxy 3000"_s << ProductKind::Other;
}

void TstProductKind::fromName()
{
    QFETCH(QString, name);
    QFETCH(ProductKind, kind);
    QCOMPARE(ProductKinds::fromName(name), kind);
}

void TstProductKind::capabilities_data()
{
    QTest::addColumn<ProductKind>("kind");
    QTest::addColumn<bool>("hasLocations");
    QTest::addColumn<QString>("stockCode");
    QTest::addColumn<bool>("isLifetime");
    QTest::addColumn<bool>("takesQuantity");
    QTest::addColumn<bool>("takesAutoRenewal");
    QTest::addColumn<bool>("isManageable");

    // Columns: hasLocations, stockCode, isLifetime, takesQuantity, takesAutoRenewal, isManageable.
    QTest::newRow("Datacenter") << ProductKind::Datacenter << true << u"dc"_s << false << true
                                << true << true;
    QTest::newRow("Isp") << ProductKind::Isp << true << u"isp"_s << false << true << true << true;
    QTest::newRow("Standard") << ProductKind::ResidentialStandard << false << QString() << true
                              << true << false << false;
    QTest::newRow("Premium") << ProductKind::ResidentialPremium << false << QString() << true
                             << true << false << false;
    QTest::newRow("Unmetered") << ProductKind::ResidentialUnmetered << false << QString() << false
                               << false << true << false;
    QTest::newRow("Other") << ProductKind::Other << false << QString() << false << true << false
                           << false;
}

void TstProductKind::capabilities()
{
    QFETCH(ProductKind, kind);
    QFETCH(bool, hasLocations);
    QFETCH(QString, stockCode);
    QFETCH(bool, isLifetime);
    QFETCH(bool, takesQuantity);
    QFETCH(bool, takesAutoRenewal);
    QFETCH(bool, isManageable);

    QCOMPARE(ProductKinds::hasLocations(kind), hasLocations);
    QCOMPARE(ProductKinds::stockCode(kind), stockCode);
    QCOMPARE(ProductKinds::isLifetime(kind), isLifetime);
    QCOMPARE(ProductKinds::takesQuantity(kind), takesQuantity);
    QCOMPARE(ProductKinds::takesAutoRenewalAtPurchase(kind), takesAutoRenewal);
    QCOMPARE(ProductKinds::isManageable(kind), isManageable);
}

QTEST_GUILESS_MAIN(TstProductKind)

#include "tst_productkind.moc"
