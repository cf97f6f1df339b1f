#include "mockreaders.h"

#include "mockframeworkwords.h"
#include "mockrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Words = MockFrameworkWords;

namespace MockReaders {

std::optional<qint64> parseInteger(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    if (i == text.size())
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return text.startsWith(u'-') ? -value : value;
}

std::optional<qint64> integralNumber(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::abs(d) > 1e15)
        return std::nullopt;
    return qint64(d);
}

std::variant<qint64, QString> parseQueryUnsigned(QStringView text)
{
    if (std::optional<QString> error = Words::unsignedParseError(text))
        return *error;
    const QStringView digits = text.startsWith(u'+') ? text.mid(1) : text;
    const qulonglong v = digits.toULongLong();
    return qint64(std::min<qulonglong>(v, qulonglong(std::numeric_limits<qint64>::max())));
}

std::variant<QJsonObject, MockResponse> jsonBody(const MockRequest &request, bool realistic,
                                                 const QString &structName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (realistic) {
        // The framework's JSON extractor answers before the handler runs, in its own words.
        if (request.body.trimmed().isEmpty() || error.error != QJsonParseError::NoError)
            return MockResponse::malformed(Words::unparsableBody(request.body, error));
        if (!doc.isObject()) {
            return MockResponse::malformed(
                Words::notAnObject(request.body, QJsonValue(doc.array()), structName));
        }
        return doc.object();
    }
    // The real server refuses a body-less POST, even where it reads nothing from it.
    if (request.body.isEmpty())
        return MockResponse::error(400, u"Request body is required"_s);
    if (error.error != QJsonParseError::NoError)
        return MockResponse::error(400, u"Request body is not valid JSON"_s);
    if (!doc.isObject())
        return MockResponse::error(400, u"Request body must be a JSON object"_s);
    return doc.object();
}

std::variant<Paging, MockResponse> paging(const MockRequest &request, bool realistic,
                                          int defaultLimit, int maxLimit)
{
    // Realistic: the framework parses the numbers (its words), the handler checks the range.
    // Strict: `limit` out of range has its own words below, a negative offset is not a number.
    const auto read = [&](const QString &key, qint64 fallback, bool negativeIsMalformed,
                          const QString &strictWords) -> std::variant<qint64, MockResponse> {
        if (!request.hasQueryItem(key))
            return fallback;
        const QString text = request.queryValue(key);
        if (realistic) {
            const std::variant<qint64, QString> v = parseQueryUnsigned(text);
            if (std::holds_alternative<QString>(v))
                return MockResponse::malformed(Words::queryError(std::get<QString>(v)));
            return std::get<qint64>(v);
        }
        const std::optional<qint64> v = parseInteger(text);
        if (!v || (negativeIsMalformed && *v < 0))
            return MockResponse::error(400, strictWords);
        return *v;
    };
    const std::variant<qint64, MockResponse> limit =
        read(u"limit"_s, defaultLimit, false, u"Query parameter 'limit' must be an integer"_s);
    if (std::holds_alternative<MockResponse>(limit))
        return std::get<MockResponse>(limit);
    if (std::get<qint64>(limit) < 1 || std::get<qint64>(limit) > maxLimit) {
        return MockResponse::error(400, u"Query parameter 'limit' must be between 1 and "_s +
                                            QString::number(maxLimit));
    }
    const std::variant<qint64, MockResponse> offset =
        read(u"offset"_s, 0, true, u"Query parameter 'offset' must be a non-negative integer"_s);
    if (std::holds_alternative<MockResponse>(offset))
        return std::get<MockResponse>(offset);
    return Paging{int(std::get<qint64>(limit)), std::get<qint64>(offset)};
}

QString password(qint64 owner, int index)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    quint64 x = quint64(owner) * 6364136223846793005ULL + quint64(index) * 1442695040888963407ULL;
    QString out(12, Qt::Uninitialized);
    for (int i = 0; i < 12; ++i) {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 29;
        out[i] = QLatin1Char(alphabet[x % (sizeof(alphabet) - 1)]);
    }
    return out;
}

} // namespace MockReaders
