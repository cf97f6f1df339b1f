#pragma once

#include "api/apiclient.h"

#include <QObject>
#include <QSignalSpy>

#include <optional>
#include <utility>

namespace TestCommon {

// Says when a typed call's callback ran; also the call's context object.
class CallWaiter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void done();
};

// Runs one typed call and waits for its callback. `start(context, callback)` issues the call;
// nullopt when no answer came within `waitMs`.
template <typename T, typename Start>
std::optional<ApiResult<T>> await(Start &&start, int waitMs = 10000)
{
    CallWaiter waiter;
    QSignalSpy spy(&waiter, &CallWaiter::done);
    std::optional<ApiResult<T>> out;
    ApiClient::Callback<T> callback = [&out, &waiter](ApiResult<T> result) {
        out.emplace(std::move(result));
        emit waiter.done();
    };
    start(static_cast<QObject *>(&waiter), callback);
    if (!out)
        spy.wait(waitMs);
    return out;
}

} // namespace TestCommon
