#pragma once

#include "mockresponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

class MockCatalog;
class MockJsonWriter;
class MockState;
struct MockRequest;
struct MockSubUser;

// The residential endpoints of the User API over the account's pools (MockState::residential()):
// sub-users (list, one, create, rename, delete, data add/subtract, new password) and
// orders/{id}/add-bandwidth. MockBackend routes, checks the method and parses the body; this
// validates and answers in the backend's profile. A short-lived helper over references.
class MockResidentialApi final
{
public:
    // What the realistic profile roughens, all deterministic; `index` is the user's position in
    // its pool (what the list serves), so tests can compute expectations.
    struct RealisticRules
    {
        static constexpr int kPageCap = 5; // users per list page, whatever `limit` asks
        // data_spent with the MB fraction, e.g. 3.47 (else whole GB, rounded down).
        static bool fractionalSpent(int index) { return index % 3 == 1; }
        // data_spent as a numeric string, e.g. "3.47" or "12".
        static bool spentAsString(int index) { return index % 5 == 2; }
        // user_id as a JSON number (the ids are digit strings).
        static bool numericUserId(int index) { return index % 4 == 3; }
        // first_name null.
        static bool nullName(int index) { return index == 5; }
        // The first page (offset 0) of a non-empty pool ends with one extra row whose user_id
        // is null; it is not a user and does not count for offsets.
    };

    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxBandwidthGb = 10000;
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 100;

    MockResidentialApi(MockState &state, const MockCatalog &catalog, bool realistic)
        : m_state(state), m_catalog(catalog), m_realistic(realistic)
    {
    }

    MockResponse list(const MockRequest &request) const;
    MockResponse one(const MockRequest &request, const QString &userId) const;
    MockResponse create(const MockRequest &request, const QJsonObject &body);
    MockResponse rename(const MockRequest &request, const QString &userId, const QJsonObject &body);
    MockResponse remove(const MockRequest &request, const QString &userId);
    // data/add (add) and data/subtract (!add).
    MockResponse changeData(const MockRequest &request, const QString &userId,
                            const QJsonObject &body, bool add);
    MockResponse newPassword(const MockRequest &request, const QString &userId,
                             const QJsonObject &body);
    MockResponse addBandwidth(qint64 orderId, const MockRequest &request, const QJsonObject &body);

private:
    // proxy_type of the query: the type, an empty string when optional and absent, or the refusal.
    std::variant<QString, MockResponse> proxyType(const MockRequest &request,
                                                  bool optional = false) const;
    // Strict: a body field other than `accepted` (or a proxy_type equal to the query's) is refused.
    std::optional<MockResponse> unknownField(const QJsonObject &body, const QStringList &accepted,
                                             const QString &type) const;
    std::variant<QString, MockResponse> readName(const QJsonObject &body,
                                                 const QByteArray &rawBody) const;
    // A whole number of GB >= 1 (at most `max`); `words` is the strict refusal of a bad value.
    std::variant<qint64, MockResponse> readGb(const QJsonObject &body, const QByteArray &rawBody,
                                              const QString &key, qint64 max,
                                              const QString &words) const;
    // Realistic: the deserialiser's refusal of a GB field that is no u32; nullopt when it is one.
    std::optional<MockResponse> malformedGb(const QJsonObject &body, const QByteArray &rawBody,
                                            const QString &key) const;
    std::optional<MockResponse> nameTaken(const QString &type, const QString &name,
                                          const QString &exceptUserId) const;
    MockResponse notFound(const QString &text) const;
    void writeUser(MockJsonWriter &w, const MockSubUser &user, int index) const;
    MockResponse oneRow(const QString &type, const QString &userId) const;
    // A change's answer: strict {"success":true,"data":{"user_id":…, <fields>}}; realistic
    // {"data":{}} (it says nothing of what changed).
    MockResponse changed(const MockSubUser &user,
                         const std::function<void(MockJsonWriter &)> &fields) const;

    MockState &m_state;
    const MockCatalog &m_catalog;
    bool m_realistic = false;
};
