#pragma once

// Shared helpers of the hardening tests: every Qt log line captured, and one call awaited on
// its callback (a signal, never a sleep).

#include "api/apiclient.h"
#include "await.h"

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

// Waiting for one typed call: the shared helper.
using Waiter = TestCommon::CallWaiter;
using TestCommon::await;

} // namespace Hardening
