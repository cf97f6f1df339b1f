#include "orderexportflow.h"

#include "export/orderexport.h"
#include "orderstableview.h"
#include "services/orderstore.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

OrderExportFlow::OrderExportFlow(OrderStore &store, const OrdersTableView &view, QWidget *window)
    : QObject(window), m_store(store), m_view(view), m_window(window)
{
}

void OrderExportFlow::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString csvFilter = tr("CSV, for spreadsheets (*.csv)");
    const QString jsonFilter = tr("JSON, for scripts (*.json)");
    auto *dialog =
        new QFileDialog(m_window, tr("Export %Ln order(s)", nullptr, m_view.model()->rowCount()),
                        folder, csvFilter + QStringLiteral(";;") + jsonFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // The dialog adds the suffix itself, before it asks whether to replace an existing file.
    dialog->setDefaultSuffix(OrderExport::fileSuffix(OrderExport::Format::Csv));
    const QString baseName = QStringLiteral("sharddesk-orders-%1")
                                 .arg(QDate::currentDate().toString(Qt::ISODate));
    dialog->selectFile(baseName + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog, jsonFilter, baseName](const QString &filter) {
                const QString suffix = OrderExport::fileSuffix(
                    filter == jsonFilter ? OrderExport::Format::Json : OrderExport::Format::Csv);
                dialog->setDefaultSuffix(suffix);
                dialog->selectFile(baseName + u'.' + suffix);
            });
    connect(dialog, &QFileDialog::fileSelected, this, &OrderExportFlow::exportTo);
    dialog->open();
}

void OrderExportFlow::exportTo(const QString &fileName)
{
    const auto format = OrderExport::formatForFileName(fileName).value_or(OrderExport::Format::Csv);
    // Copying the rows is quick and needs the store; encoding and writing 100,000 of them is
    // not, and happens off the GUI thread.
    const QList<ExportRow> rows = OrderExport::rowsFromStore(m_store, m_view.visibleOrderIds());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            [this, watcher, fileName, count = int(rows.size())] {
                watcher->deleteLater();
                const QString error = watcher->result();
                if (!error.isEmpty()) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                                QMessageBox::Ok, m_window);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                } else {
                    emit message(tr("Exported %Ln order(s) to %1", nullptr, count)
                                     .arg(QDir::toNativeSeparators(fileName)),
                                 8000);
                }
                emit exported(error.isEmpty());
            });
    watcher->setFuture(QtConcurrent::run([fileName, rows, format]() -> QString {
        QString error;
        return OrderExport::writeFile(fileName, rows, format, &error) ? QString() : error;
    }));
}
