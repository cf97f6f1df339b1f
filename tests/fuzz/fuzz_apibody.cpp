// Every answer body before any typed parser sees it, error bodies included: ApiClient::parseBody
// (empty, not JSON, an HTML page, `success: false` with the server's message) and the mapping
// of an error status with the server's message (ApiError::fromHttpStatus). parseBody is private:
// it is reached with the explicit-instantiation access rule, without touching the class.

#include "fuzzsupport.h"

#include "api/apiclient.h"

#include <QJsonObject>

namespace {

// [temp.explicit]: access is not checked for the names in an explicit instantiation.
struct ParseBody
{
    using type = ApiResult<QJsonDocument> (ApiClient::*)(const QByteArray &, const QByteArray &,
                                                         ApiClient::Expect) const;
    friend type member(ParseBody);
};

template <typename Tag, typename Tag::type Pointer>
struct Expose
{
    friend typename Tag::type member(Tag) { return Pointer; }
};

template struct Expose<ParseBody, &ApiClient::parseBody>;

ApiClient *client()
{
    static ApiClient *c = new ApiClient; // lives until exit, reachable: not a leak
    return c;
}

constexpr qsizetype maxServerMessageChars = ApiError::kMaxServerWords;

} // namespace

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const QByteArray contentType = size % 2 ? QByteArray("text/plain") : QByteArray("text/html");
    const ApiResult<QJsonDocument> parsed =
        (client()->*member(ParseBody()))(body, contentType, ApiClient::Expect::Json);
    // An action's 2xx is success whatever the body: never an error but a refusal.
    const ApiResult<QJsonDocument> action =
        (client()->*member(ParseBody()))(body, contentType, ApiClient::Expect::JsonOrWords);
    FUZZ_CHECK(action.ok() || action.error().kind() == ApiError::Kind::Refused);
    const QString words = ApiError::serverWords(body, contentType);
    FUZZ_CHECK(words.size() <= maxServerMessageChars);
    FUZZ_CHECK(words == words.trimmed());
    if (parsed.ok()) {
        const QJsonDocument &doc = parsed.value();
        FUZZ_CHECK(!doc.isNull());
        const QJsonValue success = doc.object().value(QLatin1String("success"));
        FUZZ_CHECK(!(success.isBool() && !success.toBool()));
    } else {
        const ApiError &e = parsed.error();
        FUZZ_CHECK(e.kind() == ApiError::Kind::Protocol || e.kind() == ApiError::Kind::Refused);
        FUZZ_CHECK(!e.message().trimmed().isEmpty());
        if (e.kind() == ApiError::Kind::Refused) {
            FUZZ_CHECK(e.httpStatus() == 200);
            FUZZ_CHECK(e.message().size() <= maxServerMessageChars + 100);
        } else {
            FUZZ_CHECK(e.message().size() < 1000);
        }
    }

    // The same bytes as the body of an error status: the server's message, bounded, or a
    // sentence of ShardDesk's own.
    const int status = 400 + int(size % 200);
    const QString serverMessage =
        parsed.ok() ? QString() : parsed.error().message().left(maxServerMessageChars);
    const ApiError mapped = ApiError::fromHttpStatus(status, serverMessage);
    FUZZ_CHECK(mapped.kind() == ApiError::kindForStatus(status));
    FUZZ_CHECK(mapped.httpStatus() == status);
    FUZZ_CHECK(!mapped.message().trimmed().isEmpty());
    return 0;
}
