#include "diagnostics/recenterrors.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstRecentErrors final : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLastTwenty();
    void stampsTheTime();
};

void TstRecentErrors::keepsTheLastTwenty()
{
    RecentErrors errors;
    QCOMPARE(errors.capacity(), 20);
    const QDateTime base(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    for (int i = 0; i < 25; ++i)
        errors.record({base.addSecs(i), u"GET"_s, u"/v1/orders/%1"_s.arg(i), 500, u"server"_s,
                       u"boom"_s, u"req-%1"_s.arg(i)});
    const QList<RecentErrors::FailedCall> calls = errors.calls();
    QCOMPARE(calls.size(), 20);
    QCOMPARE(calls.first().requestId, u"req-5"_s);
    QCOMPARE(calls.last().requestId, u"req-24"_s);
    QCOMPARE(calls.last().path, u"/v1/orders/24"_s);
    errors.clear();
    QVERIFY(errors.calls().isEmpty());
}

void TstRecentErrors::stampsTheTime()
{
    RecentErrors errors(2);
    errors.record({{}, u"POST"_s, u"/v1/purchase"_s, 0, u"timeout"_s, {}, {}});
    QVERIFY(errors.calls().constFirst().time.isValid());
    QCOMPARE(errors.calls().constFirst().time.timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TstRecentErrors)
#include "tst_recenterrors.moc"
