#include "diagnostics/logcategories.h"
#include "diagnostics/logfile.h"
#include "diagnostics/redactor.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Stands for the handler that was there before the log (stderr): records what reaches it.
QMutex g_capturedMutex;
QStringList g_captured;

void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const QMutexLocker lock(&g_capturedMutex);
    g_captured.append(message);
}

QStringList captured()
{
    const QMutexLocker lock(&g_capturedMutex);
    return g_captured;
}

QString readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList lines(const QString &path)
{
    return readAll(path).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TstLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void defaultLocation();
    void formatLine();
    void writesRedactedLines();
    void rotatesAtTheLimit();
    void keepsNoOldFilesWhenAskedTo();
    void handlerWritesAndPassesOn();
    void categoriesOffByDefault();
    void debugSwitch();
    void unwritableFolder();
    void disableRestoresPreviousHandler();
    void concurrentWriters();

private:
    QtMessageHandler m_qtTestHandler = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstLogFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ShardDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_logfile"_s);
}

void TstLogFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    {
        const QMutexLocker lock(&g_capturedMutex);
        g_captured.clear();
    }
    m_qtTestHandler = qInstallMessageHandler(captureHandler);
}

void TstLogFile::cleanup()
{
    qInstallMessageHandler(m_qtTestHandler);
    Redactor::clearSecrets();
    QLoggingCategory::setFilterRules(QString());
    qunsetenv("SHARDDESK_DEBUG");
    m_dir.reset();
}

void TstLogFile::defaultLocation()
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
    QCOMPARE(LogFile::defaultDirectory(), expected);
    QCOMPARE(LogFile::defaultFilePath(), expected + u"/sharddesk.log"_s);
    QCOMPARE(LogFile().filePath(), LogFile::defaultFilePath());
    // Rotated at 2 MiB, three old files kept.
    QCOMPARE(LogFile::kDefaultMaxBytes, qint64(2 * 1024 * 1024));
    QCOMPARE(LogFile::kDefaultKeep, 3);
}

void TstLogFile::formatLine()
{
    const QDateTime time(QDate(2024, 5, 1), QTime(9, 30, 0, 123), Qt::UTC);
    QCOMPARE(LogFile::formatLine(time, QtWarningMsg, "sharddesk.api", u"refused"_s),
             u"2024-05-01T09:30:00.123Z warning sharddesk.api: refused\n"_s);
    QCOMPARE(LogFile::formatLine(time, QtDebugMsg, nullptr, u"a\nb"_s),
             u"2024-05-01T09:30:00.123Z debug default: a\n    b\n"_s);
    QVERIFY(LogFile::formatLine(time, QtInfoMsg, "x", {}).contains(u" info x: "_s));
    QVERIFY(LogFile::formatLine(time, QtCriticalMsg, "x", {}).contains(u" critical x: "_s));
}

void TstLogFile::writesRedactedLines()
{
    LogFile log(m_dir->path());
    Redactor::addSecret(u"the-api-key-42"_s);
    log.write(QtWarningMsg, "sharddesk.api",
              u"GET /me with the-api-key-42, Authorization: Bearer abcdef, "
              "{\"password\":\"hunter2\"} via 203.0.113.5:8000:alice:Pa55"_s);
    const QString text = readAll(log.filePath());
    QVERIFY2(text.contains(u"warning sharddesk.api: GET /me with [redacted], "
                           "Authorization: Bearer [redacted], {\"password\":\"[redacted]\"} "
                           "via 203.0.113.5:8000:alice:[redacted]"_s),
             qPrintable(text));
    for (const QString &secret : {u"the-api-key-42"_s, u"abcdef"_s, u"hunter2"_s, u"Pa55"_s})
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    QVERIFY(log.isWritable());
}

void TstLogFile::rotatesAtTheLimit()
{
    const qint64 limit = 300;
    LogFile log(m_dir->path(), limit, 3);
    // Each line is about 70 bytes: 4 lines a file, 40 lines fill the file and 3 old ones many
    // times over.
    for (int i = 0; i < 40; ++i)
        log.write(QtInfoMsg, "sharddesk.sync",
                  u"line %1 padding padding"_s.arg(i, 3, 10, QChar(u'0')));

    const QDir dir(m_dir->path());
    QCOMPARE(dir.entryList(QDir::Files, QDir::Name),
             QStringList({u"sharddesk.log"_s, u"sharddesk.log.1"_s, u"sharddesk.log.2"_s,
                          u"sharddesk.log.3"_s}));
    for (const QString &name : dir.entryList(QDir::Files))
        QVERIFY2(QFileInfo(dir.filePath(name)).size() <= limit, qPrintable(name));
    // The newest line is in the current file, the ones before it in .1, .2, .3 in order, and
    // nothing is lost between them.
    QVERIFY(lines(log.filePath()).constLast().endsWith(u"line 039 padding padding"_s));
    QStringList all;
    for (const QString &name :
         {u"sharddesk.log.3"_s, u"sharddesk.log.2"_s, u"sharddesk.log.1"_s, u"sharddesk.log"_s})
        all += lines(dir.filePath(name));
    QVERIFY(all.size() >= 12);
    const int first = 40 - int(all.size());
    for (int i = 0; i < all.size(); ++i)
        QVERIFY2(
            all.at(i).endsWith(u"line %1 padding padding"_s.arg(first + i, 3, 10, QChar(u'0'))),
            qPrintable(all.at(i)));
}

void TstLogFile::keepsNoOldFilesWhenAskedTo()
{
    LogFile log(m_dir->path(), 100, 0);
    for (int i = 0; i < 10; ++i)
        log.write(QtInfoMsg, "sharddesk.sync", u"line %1 padding padding"_s.arg(i));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"sharddesk.log"_s});
    QVERIFY(readAll(log.filePath()).contains(u"line 9 "_s));
}

void TstLogFile::handlerWritesAndPassesOn()
{
    LogFile log(m_dir->path());
    QVERIFY(!log.isEnabled());
    QCOMPARE(LogFile::active(), nullptr);
    log.setEnabled(true);
    QVERIFY(log.isEnabled());
    QCOMPARE(LogFile::active(), &log);

    qCWarning(lcApi) << "call failed, Authorization: Bearer zzz999";
    qCCritical(lcPurchase, "proxy %s", "socks5://u:secretpw@198.51.100.1:1080");

    const QString text = readAll(log.filePath());
    QVERIFY2(
        text.contains(u"warning sharddesk.api: call failed, Authorization: Bearer [redacted]"_s),
        qPrintable(text));
    QVERIFY2(text.contains(
                 u"critical sharddesk.purchase: proxy socks5://u:[redacted]@198.51.100.1:1080"_s),
             qPrintable(text));
    // The previous handler (stderr in the app) still gets every message, redacted as well.
    const QStringList passed = captured();
    QCOMPARE(passed.size(), 2);
    QVERIFY(passed.at(0).contains(u"Bearer [redacted]"_s));
    QVERIFY(!passed.join(u'\n').contains(u"zzz999"_s));
    QVERIFY(!passed.join(u'\n').contains(u"secretpw"_s));

    log.setEnabled(false);
    qCWarning(lcApi) << "after";
    QVERIFY(!readAll(log.filePath()).contains(u"after"_s));
    QCOMPARE(captured().constLast(), u"after"_s);
}

void TstLogFile::categoriesOffByDefault()
{
    // The names other code and QT_LOGGING_RULES rely on.
    QCOMPARE(QByteArray(lcApi().categoryName()), "sharddesk.api");
    QCOMPARE(QByteArray(lcSync().categoryName()), "sharddesk.sync");
    QCOMPARE(QByteArray(lcOrders().categoryName()), "sharddesk.orders");
    QCOMPARE(QByteArray(lcPurchase().categoryName()), "sharddesk.purchase");
    QCOMPARE(QByteArray(lcSession().categoryName()), "sharddesk.session");
    QCOMPARE(QByteArray(lcSettings().categoryName()), "sharddesk.settings");
    QCOMPARE(QByteArray(lcUi().categoryName()), "sharddesk.ui");
    QCOMPARE(QByteArray(lcCli().categoryName()), "sharddesk.cli");
    for (const QLoggingCategory *category : {&lcApi(), &lcSync(), &lcOrders(), &lcPurchase(),
                                             &lcSession(), &lcSettings(), &lcUi(), &lcCli()}) {
        QVERIFY2(QByteArray(category->categoryName()).startsWith("sharddesk."),
                 category->categoryName());
        QVERIFY2(!category->isDebugEnabled(), category->categoryName());
        QVERIFY2(!category->isInfoEnabled(), category->categoryName());
        QVERIFY2(category->isWarningEnabled(), category->categoryName());
    }
    LogFile log(m_dir->path());
    log.setEnabled(true);
    qCDebug(lcApi) << "not wanted";
    log.setEnabled(false);
    QVERIFY(!readAll(log.filePath()).contains(u"not wanted"_s));
}

void TstLogFile::debugSwitch()
{
    qunsetenv("SHARDDESK_DEBUG");
    QVERIFY(!LogFile::debugRequested());
    qputenv("SHARDDESK_DEBUG", "0");
    QVERIFY(!LogFile::debugRequested());
    qputenv("SHARDDESK_DEBUG", "1");
    QVERIFY(LogFile::debugRequested());

    // What main() does with it: every sharddesk.* category on, the log written.
    LogFile::enableDebugCategories();
    QVERIFY(lcApi().isDebugEnabled());
    QVERIFY(lcSync().isInfoEnabled());
    QVERIFY(lcCli().isDebugEnabled());
    LogFile log(m_dir->path());
    log.setEnabled(LogFile::debugRequested());
    qCDebug(lcApi) << "GET /v1/orders?page=2 token=abc123";
    log.setEnabled(false);
    const QString text = readAll(log.filePath());
    QVERIFY2(text.contains(u"debug sharddesk.api: GET /v1/orders?page=2 token=[redacted]"_s),
             qPrintable(text));
    // Other libraries' categories are left alone.
    QVERIFY(!QLoggingCategory("qt.network.access").isDebugEnabled());
}

void TstLogFile::unwritableFolder()
{
    // A folder below a regular file cannot be created, not even by root.
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    LogFile log(m_dir->filePath(u"blocker/logs"_s));
    log.setEnabled(true);
    qCWarning(lcSync) << "still heard";
    qCWarning(lcSync) << "and again";
    QVERIFY(!log.isWritable());
    QVERIFY(!QFile::exists(log.filePath()));
    QCOMPARE(captured(), QStringList({u"still heard"_s, u"and again"_s}));
    // Direct writes do not fail loudly either.
    log.write(QtWarningMsg, "x", u"y"_s);
    log.setEnabled(false);
}

void TstLogFile::disableRestoresPreviousHandler()
{
    {
        LogFile log(m_dir->path());
        log.setEnabled(true);
        log.setEnabled(true); // twice is once
    }                         // the destructor takes it out
    QCOMPARE(LogFile::active(), nullptr);
    const QtMessageHandler current = qInstallMessageHandler(captureHandler);
    QVERIFY(current == &captureHandler);

    // A second log replaces the first as the active one.
    LogFile a(m_dir->filePath(u"a"_s));
    LogFile b(m_dir->filePath(u"b"_s));
    a.setEnabled(true);
    b.setEnabled(true);
    QCOMPARE(LogFile::active(), &b);
    QVERIFY(!a.isEnabled());
    qCWarning(lcUi) << "to b";
    b.setEnabled(false);
    QVERIFY(readAll(b.filePath()).contains(u"to b"_s));
    QVERIFY(!QFile::exists(a.filePath()));
    QVERIFY(qInstallMessageHandler(captureHandler) == &captureHandler);
}

void TstLogFile::concurrentWriters()
{
    LogFile log(m_dir->path());
    log.setEnabled(true);
    constexpr int kThreads = 4;
    constexpr int kLines = 250;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([t] {
            for (int i = 0; i < kLines; ++i)
                qCWarning(lcSync, "thread %d line %d", t, i);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    log.setEnabled(false);
    const QStringList written = lines(log.filePath());
    QCOMPARE(written.size(), kThreads * kLines);
    for (const QString &line : written)
        QVERIFY2(line.contains(u" warning sharddesk.sync: thread "_s), qPrintable(line));
    QCOMPARE(captured().size(), kThreads * kLines);
}

QTEST_GUILESS_MAIN(TstLogFile)
#include "tst_logfile.moc"
