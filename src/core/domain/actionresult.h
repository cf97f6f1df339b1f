#pragma once

#include "../api/apiresult.h"

#include <QJsonDocument>

// The `{success, message}` answer of renew, tag and auto-renew edits.
struct ActionResult
{
    QString message;

    static ApiResult<ActionResult> fromJson(const QJsonDocument &doc);
};
