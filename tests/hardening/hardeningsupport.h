#pragma once

// Shared helpers of the hardening tests: every Qt log line captured, and one call awaited on
// its callback (a signal, never a sleep).

#include "api/apiclient.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Hardening {

// Collects every message Qt's logging sees (qDebug … qFatal, Qt's own categories included)
// while it lives, and still prints them.
class LogCapture final
{
public:
    LogCapture()
    {
        QMutexLocker lock(&mutex());
        current() = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        QMutexLocker lock(&mutex());
        qInstallMessageHandler(m_previous);
        current() = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const
    {
        QMutexLocker lock(&mutex());
        return m_lines;
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static LogCapture *&current()
    {
        static LogCapture *c = nullptr;
        return c;
    }
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        QtMessageHandler previous = nullptr;
        {
            QMutexLocker lock(&mutex());
            if (LogCapture *self = current()) {
                self->m_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                                     QStringLiteral(": ") + message);
                previous = self->m_previous;
            }
        }
        if (previous)
            previous(type, context, message);
    }

    QtMessageHandler m_previous = nullptr;
    QStringList m_lines;
};

// The context object of one awaited call; done() wakes the waiting spy.
class Waiter final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void done();
};

// Runs one typed call and waits for its callback; nullopt when none came within `waitMs`.
template <typename T, typename Start>
std::optional<ApiResult<T>> await(Start &&start, int waitMs = 10000)
{
    Waiter waiter;
    QSignalSpy spy(&waiter, &Waiter::done);
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

} // namespace Hardening
