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
}

void TstMoney::format()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money::format(cents, locale), expected);
}

QTEST_GUILESS_MAIN(TstMoney)

#include "tst_money.moc"
