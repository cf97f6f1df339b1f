#include "atomicfile.h"

#include <QSaveFile>

namespace AtomicFile {

bool write(const QString &fileName, const QByteArray &data, QString *reason)
{
    QSaveFile file(fileName);
    const auto fail = [&] {
        if (reason)
            *reason = file.errorString();
        file.cancelWriting(); // the temporary file goes, the target stays as it was
        return false;
    };
    // Unbuffered: every failure shows at write() below, none is left for commit() to lose.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    // A short write is not an error yet; writing the rest either continues or fails with the
    // system's reason (ENOSPC, EFBIG, ...), which the short write itself does not report.
    for (qint64 done = 0; done < data.size();) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        if (n <= 0)
            return fail();
        done += n;
    }
    if (!file.commit()) {
        if (reason)
            *reason = file.errorString();
        return false;
    }
    if (reason)
        reason->clear();
    return true;
}

} // namespace AtomicFile
