#pragma once

#include <QObject>

class OrderStore;
class OrdersTableView;
class QWidget;

// File → Export: the save dialog (its suffix follows the chosen type) and the write of the rows
// in view, off the GUI thread.
class OrderExportFlow final : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs.
    OrderExportFlow(OrderStore &store, const OrdersTableView &view, QWidget *window);

    void chooseFile();
    // Writes the rows in view to `fileName` (.csv or .json); a failure gets a message box.
    void exportTo(const QString &fileName);

signals:
    // For the status bar.
    void message(const QString &text, int timeoutMs);
    void exported(bool ok);

private:
    OrderStore &m_store;
    const OrdersTableView &m_view;
    QWidget *m_window;
};
