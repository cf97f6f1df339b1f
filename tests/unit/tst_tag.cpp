#include "domain/tag.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstTag : public QObject
{
    Q_OBJECT

private slots:
    void fromApi_data();
    void fromApi();
    void toApi_data();
    void toApi();
    void roundTrip_data();
    void roundTrip();
};

void TstTag::fromApi_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"none"_s << QString();
    QTest::newRow("None") << u"None"_s << QString();
    QTest::newRow("NONE") << u"NONE"_s << QString();
    QTest::newRow("padded none") << u"  none \n"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"   "_s << QString();
    QTest::newRow("tag") << u"shop"_s << u"shop"_s;
    QTest::newRow("padded tag") << u"  shop  "_s << u"shop"_s;
    QTest::newRow("inner spaces kept") << u"eu pool 2"_s << u"eu pool 2"_s;
    QTest::newRow("starts with none") << u"nonexistent"_s << u"nonexistent"_s;
    QTest::newRow("contains none") << u"none of them"_s << u"none of them"_s;
    QTest::newRow("non-ASCII") << u"магазин"_s << u"магазин"_s;
}

void TstTag::fromApi()
{
    QFETCH(QString, api);
    QFETCH(QString, expected);
    QCOMPARE(Tag::fromApi(api), expected);
}

void TstTag::toApi_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << u"none"_s;
    QTest::newRow("blank") << u" \t "_s << u"none"_s;
    QTest::newRow("tag") << u"shop"_s << u"shop"_s;
    QTest::newRow("padded") << u" shop "_s << u"shop"_s;
}

void TstTag::toApi()
{
    QFETCH(QString, tag);
    QFETCH(QString, expected);
    QCOMPARE(Tag::toApi(tag), expected);
}

void TstTag::roundTrip_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("empty") << QString();
    QTest::newRow("tag") << u"shop"_s;
    QTest::newRow("with spaces") << u"eu pool 2"_s;
}

void TstTag::roundTrip()
{
    QFETCH(QString, tag);
    QCOMPARE(Tag::fromApi(Tag::toApi(tag)), tag);
}

QTEST_GUILESS_MAIN(TstTag)

#include "tst_tag.moc"
