#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

// Saving a list of proxies to a text file, as the proxies view and the checker both do: the
// save dialog (non-blocking) and the write, whole or not at all, with the outcome said in a
// feedback label.
namespace ProxyFileSave {

// Opens the save dialog with `fileName` suggested (open(), not exec(): the window stays
// responsive and no nested event loop runs); `chosen` gets the path picked.
void askWhere(QWidget *parent, const QString &title, const QString &objectName,
              const QString &fileName, std::function<void(const QString &path)> chosen);

// Writes `text` (UTF-8) to `path` through AtomicFile. `saved` is the success sentence with %1
// for the path ("Saved 3 proxies to %1."). False, with the reason shown, when it cannot.
bool write(QLabel *feedback, const QString &path, const QString &text, const QString &saved);

} // namespace ProxyFileSave
