// AtomicFile::write: the whole file or nothing. Written data are exact and leave no temporary
// file; a failure (missing folder, a file where a folder should be, no name, a write failing
// part-way under a file-size limit) says why, leaves an existing file as it was and no new one.

#include "export/atomicfile.h"
#include "filesizelimit.h"
#include "scratchfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using namespace ScratchFiles;

// Bytes that are not all alike, so a misplaced or repeated chunk would show.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + i / 251) & 0xff);
    return bytes;
}

} // namespace

class TstAtomicFile : public QObject
{
    Q_OBJECT

private slots:
    void writesNewFile();
    void writesLargeFileExactly();
    void replacesLongerFile();
    void writesEmptyFile();
    void nonAsciiName();
    void missingFolderFails();
    void belowAFileFails();
    void emptyNameFails();
    void reasonIsOptional();
    void dataAtTheLimitIsWritten();
    void failingPartWayKeepsExistingFile();
    void failingPartWayCreatesNoFile();
};

void TstAtomicFile::writesNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"list.txt"_s);
    QString reason = u"stale"_s;
    QVERIFY(AtomicFile::write(path, "one\ntwo\n", &reason));
    QVERIFY(reason.isEmpty());
    QCOMPARE(contents(path), "one\ntwo\n"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"list.txt"_s}); // no temporary file left
}

void TstAtomicFile::writesLargeFileExactly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"big.bin"_s);
    const QByteArray data = pattern(3 * 1024 * 1024 + 17); // beyond any single write or buffer
    QVERIFY(AtomicFile::write(path, data));
    QCOMPARE(QFileInfo(path).size(), data.size());
    QVERIFY(contents(path) == data); // QCOMPARE would print 3 MB on failure
}

void TstAtomicFile::replacesLongerFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"list.txt"_s);
    QVERIFY(writeBytes(path, QByteArray(100000, 'x')));
    QVERIFY(AtomicFile::write(path, "short\n"));
    QCOMPARE(contents(path), "short\n"_ba); // replaced, not overwritten in place
    QCOMPARE(entries(dir.path()), QStringList{u"list.txt"_s});
}

void TstAtomicFile::writesEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"empty.txt"_s);
    QVERIFY(writeBytes(path, "old"));
    QString reason;
    QVERIFY(AtomicFile::write(path, QByteArray(), &reason));
    QVERIFY(reason.isEmpty());
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(QFileInfo(path).size(), 0);
    QCOMPARE(entries(dir.path()), QStringList{u"empty.txt"_s});
}

void TstAtomicFile::nonAsciiName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = u"прокси 🚀.txt"_s;
    QVERIFY(AtomicFile::write(dir.filePath(name), "\xd0\xbf\n"));
    QCOMPARE(contents(dir.filePath(name)), "\xd0\xbf\n"_ba);
    QCOMPARE(entries(dir.path()), QStringList{name});
}

void TstAtomicFile::missingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString reason;
    QVERIFY(!AtomicFile::write(dir.filePath(u"missing/list.txt"_s), "data", &reason));
    QVERIFY(!reason.isEmpty());
    QVERIFY(entries(dir.path()).isEmpty()); // no folder made, nothing left
}

void TstAtomicFile::belowAFileFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString plain = dir.filePath(u"plain.txt"_s);
    QVERIFY(writeBytes(plain, "keep me"));
    QString reason;
    QVERIFY(!AtomicFile::write(plain + u"/list.txt"_s, "data", &reason));
    QVERIFY(!reason.isEmpty());
    QCOMPARE(contents(plain), "keep me"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"plain.txt"_s});
}

void TstAtomicFile::emptyNameFails()
{
    QString reason;
    QVERIFY(!AtomicFile::write(QString(), "data", &reason));
    QVERIFY(!reason.isEmpty());
}

void TstAtomicFile::reasonIsOptional()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!AtomicFile::write(dir.filePath(u"missing/list.txt"_s), "data"));
    QVERIFY(AtomicFile::write(dir.filePath(u"list.txt"_s), "data"));
}

// The limit itself is no failure: data of exactly the allowed size are written whole.
void TstAtomicFile::dataAtTheLimitIsWritten()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"list.txt"_s);
    const QByteArray data = pattern(4096);
    QString reason;
    bool written = false;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        written = AtomicFile::write(path, data, &reason);
    }
    QVERIFY2(written, qPrintable(reason));
    QVERIFY(contents(path) == data);
#endif
}

// A write that fails part-way (as on a full disk) is reported with the system's reason, and
// the old file stays as it was. QSaveFile used the plain way (buffered, write() unchecked) gets
// this wrong in Qt 6.4: commit() returns true and leaves the first 4096 bytes as the file.
void TstAtomicFile::failingPartWayKeepsExistingFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"list.txt"_s);
    QVERIFY(writeBytes(path, "old list\n"));
    const QByteArray data = pattern(4097); // one byte too many
    QString reason;
    bool written = true;
    {
        const FileSizeLimit limit(4096);
        QVERIFY(limit.isActive());
        written = AtomicFile::write(path, data, &reason);
    }
    QVERIFY(!written);
    QVERIFY(!reason.isEmpty());
    QVERIFY2(!reason.contains(u"Unknown error"_s), qPrintable(reason)); // the system's reason
    QCOMPARE(contents(path), "old list\n"_ba);
    QCOMPARE(entries(dir.path()), QStringList{u"list.txt"_s});
#endif
}

void TstAtomicFile::failingPartWayCreatesNoFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"list.txt"_s);
    QString reason;
    bool written = true;
    {
        const FileSizeLimit limit(64);
        QVERIFY(limit.isActive());
        written = AtomicFile::write(path, pattern(100000), &reason);
    }
    QVERIFY(!written);
    QVERIFY(!reason.isEmpty());
    QVERIFY(entries(dir.path()).isEmpty());
#endif
}

QTEST_GUILESS_MAIN(TstAtomicFile)
#include "tst_atomicfile.moc"
