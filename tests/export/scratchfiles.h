#pragma once

// Small helpers of the file-writing tests: what a folder holds, what a file says.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace ScratchFiles {

// Every entry of `dir`, hidden ones included: a failed write must leave no temporary file.
inline QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot);
}

inline QByteArray contents(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<unreadable>";
    return f.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace ScratchFiles
