#include "mockechotarget.h"

#include "mockjsonwriter.h"
#include "mockreaders.h"
#include "mockrequest.h"

using namespace Qt::Literals::StringLiterals;

std::optional<MockResponse> MockEchoTarget::answer(const MockRequest &request)
{
    static const QString prefix = u"/echo/"_s;
    if (!request.path.startsWith(prefix))
        return std::nullopt;
    const QStringView rest = QStringView(request.path).mid(prefix.size());
    static const QString statusPrefix = u"status/"_s;
    const bool isIp = rest == u"ip";
    const bool isStatus = rest.startsWith(statusPrefix);
    if (!isIp && !isStatus)
        return MockResponse::plainText(404, u"Not found"_s);
    if (request.method != "GET")
        return MockResponse::methodNotAllowed("GET");

    if (isIp) {
        MockJsonWriter w;
        w.beginObject();
        w.field("ip", request.peerAddress);
        w.fieldNull("country");
        w.endObject();
        return MockResponse::json(w.take());
    }
    const std::optional<qint64> code = MockReaders::parseInteger(rest.mid(statusPrefix.size()));
    if (!code || *code < 200 || *code > 599)
        return MockResponse::plainText(400, u"The status must be between 200 and 599"_s);
    // 204 and 304 carry no body.
    if (*code == 204 || *code == 304) {
        MockResponse r = MockResponse::noContent();
        r.status = int(*code);
        return r;
    }
    return MockResponse::plainText(int(*code), u"Status "_s + QString::number(*code));
}
