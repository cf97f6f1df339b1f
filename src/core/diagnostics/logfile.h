#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

class QDateTime;

// The diagnostic log: a Qt message handler that appends every message, redacted (Redactor), with
// a timestamp, the level and the category to <AppDataLocation>/logs/sharddesk.log, rotating it at
// 2 MiB and keeping 3 old files (sharddesk.log.1 is the newest of them).
//
// Whatever the file does, messages still reach the handler that was installed before (stderr by
// default) as before — redacted too, since they are the same messages. The file is opened on the
// first message, not when switched on, and a folder that cannot be written only means nothing is
// written there: logging must never make the app fail.
//
// At most one LogFile is installed at a time (Qt has one message handler); messages come from any
// thread, so writing is serialised by a mutex.
class LogFile final
{
public:
    static constexpr qint64 kDefaultMaxBytes = 2 * 1024 * 1024;
    static constexpr int kDefaultKeep = 3;

    explicit LogFile(const QString &directory = defaultDirectory(),
                     qint64 maxBytes = kDefaultMaxBytes, int keep = kDefaultKeep);
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    // <AppDataLocation>/logs; needs the application and organisation names set.
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("sharddesk.log"); }
    static QString defaultFilePath();
    QString directory() const { return m_directory; }
    QString filePath() const;

    // Installs this log as the message handler, or takes it out again.
    void setEnabled(bool on);
    bool isEnabled() const;
    // False once the file could not be opened or written (then only stderr gets the messages);
    // switching the log off and on tries again.
    bool isWritable() const;

    // The log installed right now, if any (for the diagnostics report).
    static const LogFile *active();

    // What the handler does with one message after passing it on; callable directly (tests).
    void write(QtMsgType type, const char *category, const QString &message);
    // "2024-05-01T09:30:00.123Z warning sharddesk.api: text", continuation lines indented.
    static QString formatLine(const QDateTime &timeUtc, QtMsgType type, const char *category,
                              const QString &message);

    // SHARDDESK_DEBUG=1 (any positive number) in the environment.
    static bool debugRequested();
    // Turns every sharddesk.* category fully on (debug and info are off by default). Rules from
    // QT_LOGGING_RULES still win, so a developer can narrow them down.
    static void enableDebugCategories();

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context,
                              const QString &message);
    void writeRedacted(QtMsgType type, const char *category, const QString &safeMessage);
    bool openLocked();
    void rotateLocked();
    QString rotatedPath(int index) const;

    const QString m_directory;
    const qint64 m_maxBytes;
    const int m_keep;
    mutable QMutex m_mutex; // guards everything below
    QFile m_file;
    qint64 m_size = 0; // of m_file, counted rather than asked for on every message
    bool m_failed = false;
};
