#include "domain/account.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

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
    void tolerated_data();
    void tolerated();
    void emailNull();
    void everythingUnknown_data();
    void everythingUnknown();
    void notAnObject();
    void toJsonRoundTrip();
    void toJsonRoundTripUnknowns();
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
    QTest::newRow("negative balance (debt) kept")
        << R"({"email": "a@b.c", "active_orders": 0, "wallet_balance": -250})"_ba << u"a@b.c"_s
        << qint64(0) << qint64(-250);
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
    QCOMPARE(result.value().activeOrders, std::optional<qint64>(activeOrders));
    QCOMPARE(result.value().walletBalanceCents, std::optional<qint64>(balance));
}

// One field changed from the contract example: read as well as it can be, or unknown; the
// other fields are kept and /me never fails.
void TstAccount::tolerated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("email");
    QTest::addColumn<std::optional<qint64>>("activeOrders");
    QTest::addColumn<std::optional<qint64>>("balance");

    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    const QString email = u"user@example.com"_s;
    const std::optional<qint64> three = 3;
    const std::optional<qint64> balance = 12345;
    const std::optional<qint64> unknown;

    QTest::newRow("email missing") << u"email"_s << missing << QString() << three << balance;
    QTest::newRow("email empty") << u"email"_s << QJsonValue(QString()) << QString() << three
                                 << balance;
    QTest::newRow("email padded") << u"email"_s << QJsonValue(u"  a@b.c \n"_s) << u"a@b.c"_s
                                  << three << balance;
    QTest::newRow("email number as text")
        << u"email"_s << QJsonValue(1) << u"1"_s << three << balance;
    QTest::newRow("email object") << u"email"_s << QJsonValue(QJsonObject{{u"a"_s, 1}})
                                  << QString() << three << balance;

    QTest::newRow("active_orders missing") << u"active_orders"_s << missing << email << unknown
                                           << balance;
    QTest::newRow("active_orders null") << u"active_orders"_s << null << email << unknown
                                        << balance;
    QTest::newRow("active_orders as string")
        << u"active_orders"_s << QJsonValue(u"3"_s) << email << std::optional<qint64>(3)
        << balance;
    QTest::newRow("active_orders 2.0") << u"active_orders"_s << QJsonValue(2.0) << email
                                       << std::optional<qint64>(2) << balance;
    QTest::newRow("active_orders bool") << u"active_orders"_s << QJsonValue(true) << email
                                        << unknown << balance;
    QTest::newRow("active_orders text") << u"active_orders"_s << QJsonValue(u"many"_s) << email
                                        << unknown << balance;

    QTest::newRow("wallet_balance missing") << u"wallet_balance"_s << missing << email << three
                                            << unknown;
    QTest::newRow("wallet_balance null") << u"wallet_balance"_s << null << email << three
                                         << unknown;
    QTest::newRow("wallet_balance as string")
        << u"wallet_balance"_s << QJsonValue(u"12345"_s) << email << three
        << std::optional<qint64>(12345);
    QTest::newRow("wallet_balance fraction rounded")
        << u"wallet_balance"_s << QJsonValue(123.45) << email << three
        << std::optional<qint64>(123);
    QTest::newRow("wallet_balance 2^60 as a double")
        << u"wallet_balance"_s << QJsonValue(1152921504606846976.0) << email << three
        << std::optional<qint64>(1152921504606846976);
    QTest::newRow("wallet_balance 1e300") << u"wallet_balance"_s << QJsonValue(1e300) << email
                                          << three << unknown;
    QTest::newRow("wallet_balance bool") << u"wallet_balance"_s << QJsonValue(true) << email
                                         << three << unknown;
    QTest::newRow("wallet_balance list") << u"wallet_balance"_s << QJsonValue(QJsonArray{1})
                                         << email << three << unknown;
}

void TstAccount::tolerated()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, email);
    QFETCH(std::optional<qint64>, activeOrders);
    QFETCH(std::optional<qint64>, balance);

    const auto result = Account::fromJson(withField(field, value));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().email, email);
    QCOMPARE(result.value().activeOrders, activeOrders);
    QCOMPARE(result.value().walletBalanceCents, balance);
}

void TstAccount::emailNull()
{
    // issue 12: `email: null` made sign-in impossible.
    const auto result = Account::fromJson(
        TestSupport::doc(R"({"email": null, "active_orders": 3, "wallet_balance": 12345})"));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value().email, QString());
    QCOMPARE(result.value().activeOrders, std::optional<qint64>(3));
    QCOMPARE(result.value().walletBalanceCents, std::optional<qint64>(12345));
}

void TstAccount::everythingUnknown_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty object") << "{}"_ba;
    QTest::newRow("all null")
        << R"({"email": null, "active_orders": null, "wallet_balance": null})"_ba;
    QTest::newRow("only success") << R"({"success": true})"_ba;
}

void TstAccount::everythingUnknown()
{
    QFETCH(QByteArray, json);
    const auto result = Account::fromJson(TestSupport::doc(json));
    SD_VERIFY_OK(result);
    QCOMPARE(result.value(), Account());
    QCOMPARE(result.value().email, QString());
    QCOMPARE(result.value().activeOrders, std::nullopt);
    QCOMPARE(result.value().walletBalanceCents, std::nullopt);
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

void TstAccount::toJsonRoundTripUnknowns()
{
    const Account unknown;
    QCOMPARE(unknown.toJson(),
             TestSupport::obj(R"({"email": null, "active_orders": null, "wallet_balance": null})"));
    const auto back = Account::fromJson(QJsonDocument(unknown.toJson()));
    SD_VERIFY_OK(back);
    QCOMPARE(back.value(), unknown);
}

QTEST_GUILESS_MAIN(TstAccount)

#include "tst_account.moc"
