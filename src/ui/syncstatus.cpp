#include "syncstatus.h"

#include "relativetime.h"
#include "services/orderservice.h"
#include "services/orderstore.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

SyncStatus::SyncStatus(OrderService &orders, OrderStore &store, const QAbstractItemModel &shown,
                       QStatusBar *bar)
    : QObject(bar), m_orders(orders), m_store(store), m_shown(shown), m_bar(bar),
      m_syncLabel(new QLabel(bar)), m_updatedLabel(new QLabel(bar)),
      m_retryButton(new QToolButton(bar))
{
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAccessibleName(tr("Retry refresh"));
    m_retryButton->setVisible(false);
    connect(m_retryButton, &QToolButton::clicked, this, &SyncStatus::retryRequested);
    m_syncLabel->setAccessibleName(tr("Sync status"));
    m_updatedLabel->setAccessibleName(tr("Last update"));
    bar->addWidget(m_syncLabel, 1);
    bar->addPermanentWidget(m_retryButton);
    bar->addPermanentWidget(m_updatedLabel);

    connect(&orders, &OrderService::syncStarted, this, [this] {
        m_retryButton->setVisible(false);
        m_syncLabel->setText(tr("Syncing orders…"));
    });
    connect(&orders, &OrderService::syncProgressed, this, [this](qsizetype rows, int) {
        m_syncLabel->setText(tr("Syncing orders… %1 loaded").arg(QLocale().toString(qint64(rows))));
    });
    connect(&orders, &OrderService::synced, this, [this](const QDateTime &when) {
        updateCount();
        m_updatedLabel->setText(tr("Updated %1").arg(
            QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
        m_updatedLabel->setToolTip(QLocale().toString(when.toLocalTime(), QLocale::LongFormat));
        // Rows the server sent but nobody could read: left out, and the person is told why.
        const SkippedRows &skipped = m_orders.skippedRows();
        if (!skipped.isEmpty())
            m_bar->showMessage(skipped.summary());
    });
    connect(&orders, &OrderService::syncFailed, this, &SyncStatus::onSyncFailed);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&shown, signal, this, &SyncStatus::updateCount);
    connect(&shown, &QAbstractItemModel::modelReset, this, &SyncStatus::updateCount);
    connect(&shown, &QAbstractItemModel::layoutChanged, this, &SyncStatus::updateCount);
}

QString SyncStatus::text() const
{
    return m_syncLabel->text();
}

void SyncStatus::showConnecting()
{
    m_syncLabel->setText(tr("Connecting…"));
}

void SyncStatus::showRestored(const QDateTime &asOf)
{
    //: The orders on screen are the stored ones, from the sync at this time
    m_updatedLabel->setText(tr("As of %1").arg(RelativeTime::clock(asOf)));
    m_updatedLabel->setToolTip(tr("Stored orders from the sync of %1; the next sync updates them.")
                                   .arg(QLocale().toString(asOf.toLocalTime(), QLocale::LongFormat)));
}

void SyncStatus::clear()
{
    m_syncLabel->clear();
    m_updatedLabel->clear();
}

void SyncStatus::updateCount()
{
    if (m_orders.isSyncing())
        return;
    const int total = int(m_store.count());
    const int shown = m_shown.rowCount();
    m_syncLabel->setText(shown == total ? tr("%Ln order(s)", nullptr, total)
                                        : tr("Showing %1 of %Ln order(s)", nullptr, total)
                                              .arg(QLocale().toString(shown)));
}

void SyncStatus::onSyncFailed(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Unauthorized)
        return; // the sign-in dialog explains it
    // The orders already on screen stay; say what happened and offer to try again.
    m_syncLabel->setText(tr("Refresh failed: %1").arg(error.message()));
    m_retryButton->setVisible(true);
}
