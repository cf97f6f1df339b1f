// The order list's paging over MockBackend: every row exactly once per status, "all" as the
// union, and the hostile paging modes used to test the client's loop guards.

#include "mockbackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kToken = QByteArrayLiteral("demo");

struct Page
{
    int status = 0;
    QList<qint64> ids;
    int count = -1;
    QJsonValue prev;
    QJsonValue next;
};

} // namespace

class TestMockPaging final : public QObject
{
    Q_OBJECT

private:
    MockBackend m_backend;

    Page fetch(const QString &uri)
    {
        const MockResponse r = m_backend.handle(MockRequest::get(uri, kToken));
        Page page;
        page.status = r.status;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonArray rows = o.value(u"orders"_s).toArray();
        for (const QJsonValue &v : rows)
            page.ids.append(v.toObject().value(u"order_id"_s).toInteger());
        page.count = o.value(u"count"_s).toInt(-1);
        page.prev = o.value(u"prev"_s);
        page.next = o.value(u"next"_s);
        return page;
    }

    // Follows `next` from the first page until it is null (or a guard trips).
    QList<qint64> walk(const QString &status, int limit, int *pages = nullptr)
    {
        QList<qint64> ids;
        QString uri =
            u"/user/api/orders?status="_s + status + u"&offset=0&limit="_s + QString::number(limit);
        int n = 0;
        while (!uri.isEmpty() && n < 10000) {
            const Page page = fetch(uri);
            if (page.status != 200)
                break;
            ids += page.ids;
            uri = page.next.toString();
            ++n;
        }
        if (pages)
            *pages = n;
        return ids;
    }

    QList<qint64> expectedIds(std::optional<MockOrder::Status> status) const
    {
        QList<qint64> ids;
        const QList<MockOrder> &orders = m_backend.state().orders();
        for (auto it = orders.crbegin(); it != orders.crend(); ++it) {
            if (!status || it->status == *status)
                ids.append(it->orderId);
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        m_backend = MockBackend();
        m_backend.resetDemoData(1000, 3);
    }

    void everyRowExactlyOnce_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("limit");
        for (const char *status : {"active", "on-hold", "cancelled", "all"}) {
            for (const int limit : {1, 7, 20, 100}) {
                QTest::addRow("%s/%d", status, limit) << QString::fromLatin1(status) << limit;
            }
        }
    }
    void everyRowExactlyOnce()
    {
        QFETCH(QString, status);
        QFETCH(int, limit);
        const std::optional<MockOrder::Status> filter =
            status == u"all" ? std::nullopt : MockOrder::statusFromName(status);
        const QList<qint64> expected = expectedIds(filter);
        QVERIFY(!expected.isEmpty());
        int pages = 0;
        const QList<qint64> ids = walk(status, limit, &pages);
        QCOMPARE(ids, expected); // same rows, same order (newest first), no duplicates
        QCOMPARE(pages, int((expected.size() + limit - 1) / limit));
    }

    void allIsTheUnion()
    {
        const QList<qint64> all = walk(u"all"_s, 100);
        QList<qint64> union_ =
            walk(u"active"_s, 100) + walk(u"on-hold"_s, 100) + walk(u"cancelled"_s, 100);
        QCOMPARE(union_.size(), all.size());
        std::sort(union_.begin(), union_.end(), std::greater<>());
        QCOMPARE(union_, all);
        QCOMPARE(all.size(), m_backend.state().orders().size());
    }

    void countIsThePageSize()
    {
        const int total = int(expectedIds(MockOrder::Status::Active).size());
        const Page last = fetch(u"/user/api/orders?status=active&offset="_s +
                                QString::number(total - 3) + u"&limit=10"_s);
        QCOMPARE(last.count, 3);
        QCOMPARE(last.ids.size(), 3);
        QVERIFY(last.next.isNull());
        QCOMPARE(last.prev.toString(), u"/user/api/orders?status=active&offset="_s +
                                           QString::number(total - 13) + u"&limit=10"_s);
        // Exactly at the end: next is null too.
        const Page exact = fetch(u"/user/api/orders?status=active&offset="_s +
                                 QString::number(total - 10) + u"&limit=10"_s);
        QCOMPARE(exact.ids.size(), 10);
        QVERIFY(exact.next.isNull());
        const Page past = fetch(u"/user/api/orders?status=active&offset=999999&limit=10"_s);
        QCOMPARE(past.status, 200);
        QVERIFY(past.ids.isEmpty());
        QCOMPARE(past.count, 0);
        QVERIFY(past.next.isNull());
    }

    void pagesFollowChanges()
    {
        // A renewed order moves from the on-hold list to the top of the active one.
        const QList<qint64> onHold = walk(u"on-hold"_s, 100);
        const qint64 id = onHold.first();
        const MockResponse r = m_backend.handle(MockRequest::post(
            u"/user/api/orders/"_s + QString::number(id) + u"/renew"_s, "{}", kToken));
        QCOMPARE(r.status, 200);
        QVERIFY(!walk(u"on-hold"_s, 100).contains(id));
        QVERIFY(walk(u"active"_s, 100).contains(id));
    }

    void nextNeverNull()
    {
        m_backend.setPagingMode(MockBackend::PagingMode::NextNeverNull);
        const QList<qint64> expected = expectedIds(MockOrder::Status::OnHold);
        QString uri = u"/user/api/orders?status=on-hold&offset=0&limit=50"_s;
        QList<qint64> ids;
        int emptyPages = 0;
        for (int i = 0; i < 50 && emptyPages < 3; ++i) {
            const Page page = fetch(uri);
            QCOMPARE(page.status, 200);
            QVERIFY(page.next.isString()); // never null, even past the end
            if (page.ids.isEmpty())
                ++emptyPages;
            ids += page.ids;
            uri = page.next.toString();
        }
        QCOMPARE(emptyPages, 3);
        QCOMPARE(ids, expected);
    }

    void repeatPages()
    {
        m_backend.setPagingMode(MockBackend::PagingMode::RepeatPages);
        const Page first = fetch(u"/user/api/orders?status=all&offset=0&limit=20"_s);
        QCOMPARE(first.ids, expectedIds(std::nullopt).mid(0, 20));
        QString uri = first.next.toString();
        for (int i = 1; i < 200; ++i) { // well past the 1000 rows
            QCOMPARE(uri, u"/user/api/orders?status=all&offset="_s + QString::number(i * 20) +
                              u"&limit=20"_s);
            const Page page = fetch(uri);
            QCOMPARE(page.ids, first.ids);
            QVERIFY(page.next.isString());
            uri = page.next.toString();
        }
    }

    void oversizedPages()
    {
        m_backend.setPagingMode(MockBackend::PagingMode::OversizedPages);
        const QList<qint64> expected = expectedIds(std::nullopt);
        const Page first = fetch(u"/user/api/orders?status=all&offset=0&limit=100"_s);
        QCOMPARE(first.ids.size(), 150);
        QCOMPARE(first.count, 150);
        QCOMPARE(first.next.toString(), u"/user/api/orders?status=all&offset=150&limit=100"_s);
        int pages = 0;
        const QList<qint64> ids = walk(u"all"_s, 100, &pages);
        QCOMPARE(ids, expected);
        QCOMPARE(pages, 7); // 1000 rows in pages of 150
    }
};

QTEST_GUILESS_MAIN(TestMockPaging)
#include "tst_mockpaging.moc"
