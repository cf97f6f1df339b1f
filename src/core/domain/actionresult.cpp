#include "actionresult.h"

#include "jsonreader.h"

ApiResult<ActionResult> ActionResult::fromJson(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return ApiError::protocol(QStringLiteral("the answer is not a JSON object"));
    JsonReader r(doc.object(), QString());
    ActionResult a;
    // ApiClient already turned `success: false` into an error; require the flag to be there.
    r.requiredBool(QLatin1String("success"));
    a.message = r.optionalString(QLatin1String("message"));
    if (!r.ok())
        return ApiError::protocol(r.error());
    return a;
}
