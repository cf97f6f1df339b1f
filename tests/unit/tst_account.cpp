#include "domain/account.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

inline char *toString(const Account &a)
{
    return qstrdup(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact).constData());
}

namespace {
QJsonDocument withField(const QString &field, const QJsonValue &value)
{
    QJsonObject me = TestSupport::obj(
        R"({"email": "user@example.com", "active_orders": 3, "wallet_balance": 12345})");
    if (value.isUndefined())
        me.remove(field);
    else
        me.insert(field, value);
    return QJsonDocument(me);
}
} // namespace

class TstAccount : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void notAnObject();
    void toJsonRoundTrip();
};

void TstAccount::valid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("email");
    QTest::addColumn<qint64>("activeOrders");
    QTest::addColumn<qint64>("balance");

    QTest::newRow("contract example")
        << R"({"email": "user@example.com", "active_orders": 3, "wallet_balance": 12345})"_ba
        << u"user@example.com"_s << qint64(3) << qint64(12345);
    QTest::newRow("empty wallet, no orders")
        << R"({"email": "a@b.c", "active_orders": 0, "wallet_balance": 0})"_ba << u"a@b.c"_s
        << qint64(0) << qint64(0);
    QTest::newRow("large balance (2^53 cents)")
        << R"({"email": "rich@example.com", "active_orders": 1, "wallet_balance": 9007199254740992})"_ba
        << u"rich@example.com"_s << qint64(1) << qint64(9007199254740992);
    QTest::newRow("extra fields ignored")
        << R"({"success": true, "email": "x@y.z", "active_orders": 2, "wallet_balance": 5, "name": "X"})"_ba
        << u"x@y.z"_s << qint64(2) << qint64(5);
}

void TstAccount::valid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, email);
    QFETCH(qint64, activeOrders);
    QFETCH(qint64, balance);

    const auto result = Account::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().email, email);
    QCOMPARE(result.value().activeOrders, activeOrders);
    QCOMPARE(result.value().walletBalanceCents, balance);
}

void TstAccount::invalid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("detail");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    for (const QString &field : {u"email"_s, u"active_orders"_s, u"wallet_balance"_s}) {
        QTest::addRow("%s missing", qPrintable(field))
            << field << missing << (u"field '"_s + field + u"' is missing"_s);
        QTest::addRow("%s null", qPrintable(field))
            << field << null << (u"field '"_s + field + u"' is null"_s);
    }
    QTest::newRow("email number") << u"email"_s << QJsonValue(1)
                                  << u"field 'email' is not a string"_s;
    QTest::newRow("active_orders string")
        << u"active_orders"_s << QJsonValue(u"3"_s) << u"field 'active_orders' is not an integer"_s;
    QTest::newRow("wallet_balance in dollars") << u"wallet_balance"_s << QJsonValue(123.45)
                                               << u"field 'wallet_balance' is not an integer"_s;
    QTest::newRow("wallet_balance string") << u"wallet_balance"_s << QJsonValue(u"12345"_s)
                                           << u"field 'wallet_balance' is not an integer"_s;
    QTest::newRow("wallet_balance 2^60") << u"wallet_balance"_s << QJsonValue(1152921504606846976.0)
                                         << u"field 'wallet_balance' is not an integer"_s;
    QTest::newRow("wallet_balance bool")
        << u"wallet_balance"_s << QJsonValue(true) << u"field 'wallet_balance' is not an integer"_s;
}

void TstAccount::invalid()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, detail);
    SD_VERIFY_PROTOCOL_ERROR(Account::fromJson(withField(field, value)), detail);
}

void TstAccount::notAnObject()
{
    SD_VERIFY_PROTOCOL_ERROR(Account::fromJson(QJsonDocument(QJsonArray())),
                             u"the account is not a JSON object"_s);
    SD_VERIFY_PROTOCOL_ERROR(Account::fromJson(QJsonDocument()),
                             u"the account is not a JSON object"_s);
}

void TstAccount::toJsonRoundTrip()
{
    Account a;
    a.email = u"user@example.com"_s;
    a.activeOrders = 4;
    a.walletBalanceCents = 98765;
    QCOMPARE(a.toJson(),
             TestSupport::obj(
                 R"({"email": "user@example.com", "active_orders": 4, "wallet_balance": 98765})"));
    const auto back = Account::fromJson(QJsonDocument(a.toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value(), a);
}

QTEST_GUILESS_MAIN(TstAccount)

#include "tst_account.moc"
