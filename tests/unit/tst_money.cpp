#include "domain/money.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TstMoney : public QObject
{
    Q_OBJECT

private slots:
    void plain_data();
    void plain();
    void format_data();
    void format();
    void formatMatchesQLocale_data();
    void formatMatchesQLocale();
    void percent_data();
    void percent();
};

void TstMoney::plain_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0") << qint64(0) << u"0.00"_s;
    QTest::newRow("5 cents") << qint64(5) << u"0.05"_s;
    QTest::newRow("10 cents") << qint64(10) << u"0.10"_s;
    QTest::newRow("1 dollar") << qint64(100) << u"1.00"_s;
    QTest::newRow("19.99") << qint64(1999) << u"19.99"_s;
    QTest::newRow("1234.56 (no grouping)") << qint64(123456) << u"1234.56"_s;
    QTest::newRow("-5 cents") << qint64(-5) << u"-0.05"_s;
    QTest::newRow("-1 dollar") << qint64(-100) << u"-1.00"_s;
    QTest::newRow("-19.99") << qint64(-1999) << u"-19.99"_s;
    QTest::newRow("2^53 cents") << qint64(9007199254740992) << u"90071992547409.92"_s;
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << u"92233720368547758.07"_s;
    QTest::newRow("-2^53 cents") << qint64(-9007199254740992) << u"-90071992547409.92"_s;
    // Negating the smallest qint64 is undefined: its magnitude has no qint64 (UBSan would say).
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"-92233720368547758.08"_s;
    QTest::newRow("int64 min + 1")
        << std::numeric_limits<qint64>::min() + 1 << u"-92233720368547758.07"_s;
}

void TstMoney::plain()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::plain(cents), expected);
}

void TstMoney::format_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("en_US 0") << us << qint64(0) << u"$0.00"_s;
    QTest::newRow("en_US 5 cents") << us << qint64(5) << u"$0.05"_s;
    QTest::newRow("en_US 19.99") << us << qint64(1999) << u"$19.99"_s;
    QTest::newRow("en_US 1,234.56") << us << qint64(123456) << u"$1,234.56"_s;
    QTest::newRow("en_US 1,000,000.00") << us << qint64(100000000) << u"$1,000,000.00"_s;
    QTest::newRow("de_DE 1.234,56") << de << qint64(123456) << u"1.234,56\u00a0$"_s;
    QTest::newRow("de_DE 0,05") << de << qint64(5) << u"0,05\u00a0$"_s;
    // en_US writes a negative amount the accounting way (Qt's CLDR data).
    QTest::newRow("en_US -0.05") << us << qint64(-5) << u"($0.05)"_s;
    QTest::newRow("en_US -1,234.56") << us << qint64(-123456) << u"($1,234.56)"_s;
    QTest::newRow("de_DE -1.234,56") << de << qint64(-123456) << u"-1.234,56\u00a0$"_s;
    // Exact to the cent however large: no double in between (2^53 + 1 cents is not a double).
    QTest::newRow("en_US 2^53 + 1 cents")
        << us << qint64(9007199254740993) << u"$90,071,992,547,409.93"_s;
    QTest::newRow("en_US int64 max")
        << us << std::numeric_limits<qint64>::max() << u"$92,233,720,368,547,758.07"_s;
    QTest::newRow("en_US int64 min")
        << us << std::numeric_limits<qint64>::min() << u"($92,233,720,368,547,758.08)"_s;
    QTest::newRow("de_DE int64 min")
        << de << std::numeric_limits<qint64>::min() << u"-92.233.720.368.547.758,08\u00a0$"_s;
}

void TstMoney::format()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(cents, locale), expected);
}

// Where a double holds every cent (well below 2^46 dollars), format() is what QLocale makes of
// the amount as a double: same symbol place, sign, digits, separators and grouping in every
// locale, including ones with other digits or without grouping.
void TstMoney::formatMatchesQLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QLocale ungrouped(QLocale::English, QLocale::UnitedStates);
    ungrouped.setNumberOptions(QLocale::OmitGroupSeparator);
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("en_US without grouping") << ungrouped;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
    QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland);
    QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
    QTest::newRow("ru_RU") << QLocale(QLocale::Russian, QLocale::Russia);
    QTest::newRow("ar_EG (Arabic digits)") << QLocale(QLocale::Arabic, QLocale::Egypt);
    QTest::newRow("fa_IR (Persian digits)") << QLocale(QLocale::Persian, QLocale::Iran);
    QTest::newRow("hi_IN") << QLocale(QLocale::Hindi, QLocale::India);
    QTest::newRow("bn_BD (Bengali digits)") << QLocale(QLocale::Bengali, QLocale::Bangladesh);
    QTest::newRow("nl_NL") << QLocale(QLocale::Dutch, QLocale::Netherlands);
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan);
    QTest::newRow("C") << QLocale::c();
}

void TstMoney::formatMatchesQLocale()
{
    QFETCH(QLocale, locale);
    const qint64 amounts[] = {0,       1,         5,          10,          99,         100,
                              101,     1999,      123456,     100000000,   1234567891, 987654321012,
                              -1,      -5,        -99,        -100,        -1999,      -123456,
                              -100000, -10000000, -123456789, -98765432101};
    for (const qint64 cents : amounts) {
        QCOMPARE(Money::format(cents, locale),
                 locale.toCurrencyString(static_cast<double>(cents) / 100.0, u"$"_s, 2));
    }
}

void TstMoney::percent_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale de(QLocale::German, QLocale::Germany);
    QTest::newRow("en_US 10") << us << 10.0 << u"10"_s;
    QTest::newRow("en_US 12.5") << us << 12.5 << u"12.5"_s;
    QTest::newRow("en_US 12.25") << us << 12.25 << u"12.25"_s;
    QTest::newRow("en_US 0") << us << 0.0 << u"0"_s;
    QTest::newRow("en_US 100") << us << 100.0 << u"100"_s;
    QTest::newRow("en_US 0.5") << us << 0.5 << u"0.5"_s;
    QTest::newRow("en_US 10.10") << us << 10.10 << u"10.1"_s;
    QTest::newRow("en_US one third: two decimals") << us << 100.0 / 3.0 << u"33.33"_s;
    QTest::newRow("en_US 99.999 rounds to 100") << us << 99.999 << u"100"_s;
    QTest::newRow("en_US 0.001 rounds to 0") << us << 0.001 << u"0"_s;
    QTest::newRow("en_US 1,000 (grouped)") << us << 1000.0 << u"1,000"_s;
    QTest::newRow("de_DE 12,5") << de << 12.5 << u"12,5"_s;
    QTest::newRow("de_DE 10") << de << 10.0 << u"10"_s;
    QTest::newRow("de_DE 7,25") << de << 7.25 << u"7,25"_s;
    QTest::newRow("C 12.5") << QLocale::c() << 12.5 << u"12.5"_s;
    QTest::newRow("C 50") << QLocale::c() << 50.0 << u"50"_s;
}

void TstMoney::percent()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(Money::percent(value, locale), expected);
}

QTEST_GUILESS_MAIN(TstMoney)

#include "tst_money.moc"
