#pragma once

#include "apiresult.h"

#include <QJsonDocument>

// The answer of renew, tag and auto-renew edits. Any 2xx is success, with or without a body and
// with or without `success` (ApiClient has already turned `success: false` into a refusal).
struct ActionResult
{
    QString message;

    static ApiResult<ActionResult> fromJson(const QJsonDocument &doc);
};
