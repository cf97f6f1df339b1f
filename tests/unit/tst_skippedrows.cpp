#include "domain/skippedrows.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Rows left out of an answer because they could not be read (issue 12): counted, the first
// few reasons kept for the person.
class TstSkippedRows : public QObject
{
    Q_OBJECT

private slots:
    void emptyByDefault();
    void countsEveryRow();
    void keepsTheFirstThreeReasons();
    void repeatedReasonKeptOnce();
    void addsUpAnotherAnswer();
    void summary_data();
    void summary();
};

void TstSkippedRows::emptyByDefault()
{
    const SkippedRows s;
    QVERIFY(s.isEmpty());
    QCOMPARE(s.count(), 0);
    QCOMPARE(s.reasons(), QStringList());
    QCOMPARE(s.summary(), QString());
}

void TstSkippedRows::countsEveryRow()
{
    SkippedRows s;
    s.add(u"field 'orders[2].order_id' is missing"_s);
    QVERIFY(!s.isEmpty());
    QCOMPARE(s.count(), 1);
    QCOMPARE(s.reasons(), QStringList{u"field 'orders[2].order_id' is missing"_s});
}

void TstSkippedRows::keepsTheFirstThreeReasons()
{
    SkippedRows s;
    for (int i = 0; i < 10; ++i)
        s.add(u"orders[%1] is not an object"_s.arg(i));
    QCOMPARE(s.count(), 10);
    QCOMPARE(SkippedRows::kReasonsKept, 3);
    QCOMPARE(s.reasons(),
             (QStringList{u"orders[0] is not an object"_s, u"orders[1] is not an object"_s,
                          u"orders[2] is not an object"_s}));
}

void TstSkippedRows::repeatedReasonKeptOnce()
{
    SkippedRows s;
    s.add(u"a"_s);
    s.add(u"a"_s);
    s.add(u"b"_s);
    QCOMPARE(s.count(), 3);
    QCOMPARE(s.reasons(), (QStringList{u"a"_s, u"b"_s}));
}

void TstSkippedRows::addsUpAnotherAnswer()
{
    // One sync adds up the skipped rows of every page it read.
    SkippedRows page1;
    page1.add(u"field 'orders[1].order_id' is null"_s);
    page1.add(u"orders[4] is not an object"_s);
    SkippedRows page2;
    page2.add(u"orders[4] is not an object"_s); // the same words on another page
    page2.add(u"field 'orders[0].order_id' is missing"_s);
    page2.add(u"field 'orders[7].order_id' is missing"_s);

    SkippedRows sync;
    sync.add(page1);
    sync.add(SkippedRows());
    sync.add(page2);
    QCOMPARE(sync.count(), 5);
    QCOMPARE(sync.reasons(),
             (QStringList{u"field 'orders[1].order_id' is null"_s, u"orders[4] is not an object"_s,
                          u"field 'orders[0].order_id' is missing"_s}));
}

void TstSkippedRows::summary_data()
{
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QString>("summary");

    QTest::newRow("one row") << QStringList{u"field 'orders[2].order_id' is missing"_s}
                             << u"1 row(s) could not be read and were skipped "
                                "(field 'orders[2].order_id' is missing)."_s;
    QTest::newRow("three rows, three reasons")
        << QStringList{u"a"_s, u"b"_s, u"c"_s}
        << u"3 row(s) could not be read and were skipped (a; b; c)."_s;
    QTest::newRow("more rows than reasons")
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << u"4 row(s) could not be read and were skipped (a; b; c; …)."_s;
    QTest::newRow("one reason twice") << QStringList{u"a"_s, u"a"_s}
                                      << u"2 row(s) could not be read and were skipped (a; …)."_s;
}

void TstSkippedRows::summary()
{
    QFETCH(QStringList, added);
    QFETCH(QString, summary);
    SkippedRows s;
    for (const QString &reason : std::as_const(added))
        s.add(reason);
    QCOMPARE(s.summary(), summary);
}

QTEST_GUILESS_MAIN(TstSkippedRows)

#include "tst_skippedrows.moc"
