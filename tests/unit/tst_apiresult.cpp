#include "domain/apiresult.h"

#include "testsupport.h"

#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;

class TstApiResult : public QObject
{
    Q_OBJECT

private slots:
    void value();
    void error();
    void takeValue();
    void moveOnlyFriendlyTake();
};

void TstApiResult::value()
{
    const ApiResult<int> r(42);
    QVERIFY(r.ok());
    QVERIFY(bool(r));
    QCOMPARE(r.value(), 42);
    QCOMPARE(r.error().kind(), ApiError::Kind::None);
    QVERIFY(!r.error().isError());
}

void TstApiResult::error()
{
    const ApiResult<int> r(ApiError::fromHttpStatus(404, u"Order not found"_s));
    QVERIFY(!r.ok());
    QVERIFY(!bool(r));
    QCOMPARE(r.error().kind(), ApiError::Kind::NotFound);
    QCOMPARE(r.error().httpStatus(), 404);
    QCOMPARE(r.error().message(), u"Order not found"_s);
}

void TstApiResult::takeValue()
{
    ApiResult<QStringList> r(QStringList{u"a"_s, u"b"_s});
    const QStringList taken = r.takeValue();
    QCOMPARE(taken, (QStringList{u"a"_s, u"b"_s}));
}

void TstApiResult::moveOnlyFriendlyTake()
{
    auto make = [] { return ApiResult<QString>(u"moved"_s); };
    const QString s = make().takeValue();
    QCOMPARE(s, u"moved"_s);
}

QTEST_GUILESS_MAIN(TstApiResult)

#include "tst_apiresult.moc"
