#include "proxyfilesave.h"

#include "actionmessage.h"
#include "export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

void ProxyFileSave::askWhere(QWidget *parent, const QString &title, const QString &objectName,
                             const QString &fileName,
                             std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({QCoreApplication::translate("ProxyFileSave", "Text files (*.txt)"),
                             QCoreApplication::translate("ProxyFileSave", "All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(fileName);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString &path) {
                         if (!path.isEmpty())
                             chosen(path);
                     });
    dialog->open();
}

bool ProxyFileSave::write(QLabel *feedback, const QString &path, const QString &text,
                          const QString &saved)
{
    // All or nothing: a failed save (even part-way, as on a full disk) leaves no truncated list.
    QString reason;
    if (!AtomicFile::write(path, text.toUtf8(), &reason)) {
        ActionMessage::showError(
            feedback, QCoreApplication::translate("ProxyFileSave", "Could not save %1: %2").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    ActionMessage::showInfo(feedback, saved.arg(QDir::toNativeSeparators(path)));
    return true;
}
