#include "actionresult.h"

ApiResult<ActionResult> ActionResult::fromJson(const QJsonDocument &doc)
{
    ActionResult a;
    a.message = ApiError::serverWords(doc.object());
    return a;
}
