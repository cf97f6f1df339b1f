#pragma once

#include <QByteArray>
#include <QString>

// Writing a whole file or nothing: for every "Save…" and "Export…" that replaces a file a
// person chose. The data go to a temporary file beside the target (QSaveFile), which replaces
// the target only once every byte is written. A failure (missing folder, no permission, disk
// full, file-size limit) leaves no temporary file behind and an existing target as it was.
//
// Why not QSaveFile alone: with its write buffer, data that fail to reach the disk only when the
// buffer is flushed inside commit() are not reported. Qt 6.4's commit() then returned true and
// left a truncated file (seen with a 4 KB file-size limit). AtomicFile writes unbuffered and
// loops until everything is written, so every failure shows, with the system's reason.
namespace AtomicFile {

// Replaces `fileName` with `data`. On failure returns false and, when `reason` is given, sets it
// to the system's reason ("No such file or directory", "File too large", ...), which callers put
// into their own sentence naming the file; on success clears it.
[[nodiscard]] bool write(const QString &fileName, const QByteArray &data,
                         QString *reason = nullptr);

} // namespace AtomicFile
