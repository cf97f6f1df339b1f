#include "domain/serveraddress.h"
#include "settings/enumsetting.h"
#include "settings/preferences.h"
#include "settings/setting.h"
#include "settings/windowstate.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Setting<T>, EnumSetting<E>, Preferences and WindowState over a settings file of their own, as
// a hand-edited or older one would read.
class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void settingReadsWhatItWrote();
    void missingOrBadValuesFallBack();
    void boundsAreKept();
    void enumsAreStoredByName();
    void enumsReadOldNumbers();
    void preferencesRoundTrip();
    void preferencesFallBackOnBadValues();
    void preferencesWriteOnlyTheirKeys();
    void windowStateRoundTrip();
    void windowStateDefaults();
    void windowStateReadsAnOldIntCategory();
    void windowStateIgnoresAnUnknownCategory();

private:
    std::unique_ptr<QSettings> freshSettings();

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<QSettings> m_settings;
};

std::unique_ptr<QSettings> TstSettings::freshSettings()
{
    return std::make_unique<QSettings>(m_dir.filePath(u"settings-%1.ini"_s.arg(++m_files)),
                                       QSettings::IniFormat);
}

void TstSettings::init()
{
    QVERIFY(m_dir.isValid());
    m_settings = freshSettings();
}

void TstSettings::settingReadsWhatItWrote()
{
    const Setting<int> number(u"a/number"_s, 7);
    const Setting<bool> flag(u"a/flag"_s, true);
    const Setting<QString> text(u"a/text"_s, u"x"_s);
    const Setting<QByteArray> bytes(u"a/bytes"_s, {});
    number.write(*m_settings, 42);
    flag.write(*m_settings, false);
    text.write(*m_settings, u"héllo"_s);
    bytes.write(*m_settings, QByteArray("\x00\x01\xff", 3));
    m_settings->sync();
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(number.read(reread), 42);
    QCOMPARE(flag.read(reread), false);
    QCOMPARE(text.read(reread), u"héllo"_s);
    QCOMPARE(bytes.read(reread), QByteArray("\x00\x01\xff", 3));
}

void TstSettings::missingOrBadValuesFallBack()
{
    const Setting<int> number(u"a/number"_s, 7);
    const Setting<bool> flag(u"a/flag"_s, true);
    QCOMPARE(number.read(*m_settings), 7);
    QCOMPARE(flag.read(*m_settings), true);
    m_settings->setValue(u"a/number"_s, u"seven"_s);
    m_settings->setValue(u"a/flag"_s, u"banana"_s);
    QCOMPARE(number.read(*m_settings), 7);
    QCOMPARE(flag.read(*m_settings), true);
    m_settings->setValue(u"a/flag"_s, u"false"_s);
    QCOMPARE(flag.read(*m_settings), false);
}

void TstSettings::boundsAreKept()
{
    const auto minutes = Setting<int>::bounded(u"a/minutes"_s, 5, 1, 60);
    for (int outside : {0, -3, 61, 1000000}) {
        minutes.write(*m_settings, outside);
        QCOMPARE(minutes.read(*m_settings), 5);
    }
    minutes.write(*m_settings, 60);
    QCOMPARE(minutes.read(*m_settings), 60);
}

enum class Fruit { Apple, Pear, Plum };

void TstSettings::enumsAreStoredByName()
{
    const EnumSetting<Fruit> fruit(u"a/fruit"_s, Fruit::Pear,
                                   {{Fruit::Apple, "apple"}, {Fruit::Pear, "pear"}, {Fruit::Plum, "plum"}});
    QCOMPARE(fruit.read(*m_settings), Fruit::Pear);
    fruit.write(*m_settings, Fruit::Plum);
    QCOMPARE(m_settings->value(u"a/fruit"_s).toString(), u"plum"_s);
    QCOMPARE(fruit.read(*m_settings), Fruit::Plum);
    m_settings->setValue(u"a/fruit"_s, u"banana"_s);
    QCOMPARE(fruit.read(*m_settings), Fruit::Pear);
}

void TstSettings::enumsReadOldNumbers()
{
    const EnumSetting<Fruit> fruit(u"a/fruit"_s, Fruit::Pear,
                                   {{Fruit::Apple, "apple"}, {Fruit::Pear, "pear"}, {Fruit::Plum, "plum"}});
    m_settings->setValue(u"a/fruit"_s, 2);
    QCOMPARE(fruit.read(*m_settings), Fruit::Plum);
    m_settings->setValue(u"a/fruit"_s, u"0"_s);
    QCOMPARE(fruit.read(*m_settings), Fruit::Apple);
    m_settings->setValue(u"a/fruit"_s, 9);
    QCOMPARE(fruit.read(*m_settings), Fruit::Pear);
}

void TstSettings::preferencesRoundTrip()
{
    Preferences p;
    p.serverUrl = QUrl(u"http://127.0.0.1:8080"_s);
    p.autoRefresh = false;
    p.refreshMinutes = 30;
    p.expiryWarningDays = 14;
    p.trayEnabled = false;
    p.language = u"ru"_s;
    p.theme = Preferences::Theme::Dark;
    p.diagnosticLog = true;
    p.save(*m_settings);
    QCOMPARE(m_settings->value(u"ui/theme"_s).toString(), u"dark"_s);
    QCOMPARE(Preferences::load(*m_settings), p);
}

void TstSettings::preferencesFallBackOnBadValues()
{
    m_settings->setValue(u"server/url"_s, QString());
    m_settings->setValue(u"refresh/auto"_s, u"sometimes"_s);
    m_settings->setValue(u"refresh/intervalMinutes"_s, 0);
    m_settings->setValue(u"alerts/warningDays"_s, u"many"_s);
    m_settings->setValue(u"alerts/tray"_s, u"?"_s);
    m_settings->setValue(u"ui/theme"_s, u"purple"_s);
    const Preferences p = Preferences::load(*m_settings);
    Preferences defaults;
    QCOMPARE(p.serverUrl, ServerAddress::canonical(ServerAddress::defaultUrl()));
    QCOMPARE(p.autoRefresh, defaults.autoRefresh);
    QCOMPARE(p.refreshMinutes, defaults.refreshMinutes);
    QCOMPARE(p.expiryWarningDays, defaults.expiryWarningDays);
    QCOMPARE(p.trayEnabled, defaults.trayEnabled);
    QCOMPARE(p.theme, Preferences::Theme::System);
    m_settings->setValue(u"refresh/intervalMinutes"_s, Preferences::maxRefreshMinutes + 1);
    QCOMPARE(Preferences::load(*m_settings).refreshMinutes, defaults.refreshMinutes);
}

void TstSettings::preferencesWriteOnlyTheirKeys()
{
    Preferences::saveAutoRefresh(*m_settings, false);
    QCOMPARE(m_settings->allKeys(), QStringList{u"refresh/auto"_s});
    QCOMPARE(Preferences::load(*m_settings).autoRefresh, false);
    Preferences::saveServerUrl(*m_settings, QUrl(u"http://localhost:9000"_s));
    QCOMPARE(m_settings->allKeys().size(), 2);
    QCOMPARE(Preferences::load(*m_settings).serverUrl.port(), 9000);

    WindowState().save(*m_settings);
    QVERIFY(!m_settings->allKeys().filter(u"window/"_s).isEmpty());
    // The window's state has no say over preferences: one writer per key.
    QCOMPARE(Preferences::load(*m_settings).autoRefresh, false);
}

void TstSettings::windowStateRoundTrip()
{
    WindowState s;
    s.geometry = QByteArray("geometry\x00", 9);
    s.state = "state";
    s.splitter = "splitter";
    s.ordersHeader = "header";
    s.showFilters = false;
    s.showDetails = false;
    s.filterCategory = WindowState::Category::OnHold;
    s.filterProduct = u"Datacenter"_s;
    s.filterTag = u"clients"_s;
    s.filterText = u"de-"_s;
    s.save(*m_settings);
    m_settings->sync();
    QCOMPARE(m_settings->value(u"filter/category"_s).toString(), u"on-hold"_s);
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(WindowState::load(reread), s);
}

void TstSettings::windowStateDefaults()
{
    const WindowState s = WindowState::load(*m_settings);
    QCOMPARE(s, WindowState());
    QCOMPARE(s.filterCategory, WindowState::Category::Active);
    QVERIFY(s.showFilters && s.showDetails);
}

void TstSettings::windowStateReadsAnOldIntCategory()
{
    // Before names: the filter's category as its number (4: expiring soon).
    m_settings->setValue(u"filter/category"_s, 4);
    QCOMPARE(WindowState::load(*m_settings).filterCategory, WindowState::Category::ExpiringSoon);
    m_settings->setValue(u"filter/category"_s, 0);
    QCOMPARE(WindowState::load(*m_settings).filterCategory, WindowState::Category::All);
}

void TstSettings::windowStateIgnoresAnUnknownCategory()
{
    for (const QVariant &bad : {QVariant(17), QVariant(-1), QVariant(u"sold-out"_s)}) {
        m_settings->setValue(u"filter/category"_s, bad);
        QCOMPARE(WindowState::load(*m_settings).filterCategory, WindowState::Category::Active);
    }
    m_settings->setValue(u"window/showFilters"_s, u"maybe"_s);
    QCOMPARE(WindowState::load(*m_settings).showFilters, true);
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
