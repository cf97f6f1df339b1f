#include "logfile.h"

#include "redactor.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QStandardPaths>

#include <cstdio>

namespace {

// Which LogFile is installed and which handler was there before it. Guarded by its own mutex so
// that taking a log out waits for messages being written to it; leaked on purpose, because
// messages may still come while static objects are destroyed at exit.
struct HandlerState
{
    QMutex mutex;
    LogFile *active = nullptr;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

HandlerState &state()
{
    static auto *instance = new HandlerState;
    return *instance;
}

// A message logged while a message is being handled on the same thread (Qt warning about the
// file, say) goes straight to the previous handler instead of deadlocking on the mutexes.
thread_local bool t_handling = false;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

void passOn(QtMessageHandler previous, QtMsgType type, const QMessageLogContext &context,
            const QString &message)
{
    if (previous) {
        previous(type, context, message);
        return;
    }
    // No handler before ours is not expected (Qt reports its default one), but stay audible.
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

LogFile::LogFile(const QString &directory, qint64 maxBytes, int keep)
    : m_directory(directory), m_maxBytes(qMax<qint64>(1, maxBytes)), m_keep(qMax(0, keep))
{
}

LogFile::~LogFile()
{
    setEnabled(false);
}

QString LogFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs");
}

QString LogFile::defaultFilePath()
{
    return QDir(defaultDirectory()).filePath(fileName());
}

QString LogFile::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

QString LogFile::rotatedPath(int index) const
{
    return index == 0 ? filePath() : filePath() + u'.' + QString::number(index);
}

void LogFile::setEnabled(bool on)
{
    HandlerState &s = state();
    const QMutexLocker lock(&s.mutex);
    if (on) {
        if (s.active == this)
            return;
        {
            // A fresh start: a folder that became writable is tried again.
            const QMutexLocker fileLock(&m_mutex);
            m_failed = false;
        }
        s.active = this;
        if (!s.installed) {
            s.previous = qInstallMessageHandler(&LogFile::handleMessage);
            s.installed = true;
        }
        return;
    }
    if (s.active != this)
        return;
    s.active = nullptr;
    // Put the previous handler back unless somebody installed another one on top of ours, which
    // would be lost; then ours stays in the chain and only passes messages on.
    const QtMessageHandler current = qInstallMessageHandler(s.previous);
    if (current == &LogFile::handleMessage) {
        s.installed = false;
    } else {
        qInstallMessageHandler(current);
    }
    const QMutexLocker fileLock(&m_mutex);
    m_file.close();
}

bool LogFile::isEnabled() const
{
    HandlerState &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.active == this;
}

bool LogFile::isWritable() const
{
    const QMutexLocker lock(&m_mutex);
    return !m_failed;
}

const LogFile *LogFile::active()
{
    HandlerState &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.active;
}

void LogFile::handleMessage(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    HandlerState &s = state();
    if (t_handling) {
        passOn(s.previous, type, context, message);
        return;
    }
    t_handling = true;
    // A message handler must not throw (it runs inside Qt, maybe in a destructor): whatever
    // goes wrong here, the message at least reaches stderr.
    try {
        const QString safe = Redactor::redact(message);
        QtMessageHandler previous = nullptr;
        {
            const QMutexLocker lock(&s.mutex);
            previous = s.previous;
            if (s.active)
                s.active->writeRedacted(type, context.category, safe);
        }
        passOn(previous, type, context, safe);
    } catch (...) {
        std::fputs("sharddesk: a log message could not be handled\n", stderr);
    }
    t_handling = false;
}

QString LogFile::formatLine(const QDateTime &timeUtc, QtMsgType type, const char *category,
                            const QString &message)
{
    QString text = message;
    text.replace(u'\n', QStringLiteral("\n    "));
    return timeUtc.toString(Qt::ISODateWithMs) + u' ' + QLatin1StringView(levelName(type)) + u' ' +
           QLatin1StringView(category ? category : "default") + QStringLiteral(": ") + text + u'\n';
}

void LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    writeRedacted(type, category, Redactor::redact(message));
}

void LogFile::writeRedacted(QtMsgType type, const char *category, const QString &safeMessage)
{
    const QByteArray line =
        formatLine(QDateTime::currentDateTimeUtc(), type, category, safeMessage).toUtf8();
    const QMutexLocker lock(&m_mutex);
    if (m_failed)
        return;
    if (!m_file.isOpen() && !openLocked())
        return;
    if (m_size > 0 && m_size + line.size() > m_maxBytes) {
        rotateLocked();
        if (!m_file.isOpen())
            return;
    }
    // Flushed at once: the line that explains a crash must be on disk before the crash.
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        m_file.close();
        m_failed = true;
        return;
    }
    m_size += line.size();
}

bool LogFile::openLocked()
{
    m_file.setFileName(filePath());
    if (!QDir().mkpath(m_directory) || !m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_failed = true;
        return false;
    }
    m_size = m_file.size();
    return true;
}

void LogFile::rotateLocked()
{
    m_file.close();
    // sharddesk.log.2 → .3, .1 → .2, sharddesk.log → .1; the oldest one goes.
    QFile::remove(rotatedPath(m_keep));
    for (int i = m_keep - 1; i >= 0; --i) {
        if (QFile::exists(rotatedPath(i)))
            QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    }
    // With nothing kept (m_keep == 0) the rename above did not happen: start the file afresh.
    QFile::remove(filePath());
    openLocked();
}

bool LogFile::debugRequested()
{
    return qEnvironmentVariableIntValue("SHARDDESK_DEBUG") > 0;
}

void LogFile::enableDebugCategories()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sharddesk.*=true"));
}
