#include "ordersync.h"

#include "../api/apiclient.h"

OrderSync::OrderSync(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void OrderSync::setStatuses(const QList<OrderStatus> &statuses)
{
    m_statuses = statuses;
}

void OrderSync::start()
{
    cancel();
    m_running = true;
    m_inFlight = 0;
    m_pagesFetched = 0;
    m_rowsFetched = 0;
    m_tabs.clear();
    for (OrderStatus status : std::as_const(m_statuses)) {
        Tab tab;
        tab.status = status;
        m_tabs.append(tab);
    }
    m_generation = new QObject(this);
    fill();
    if (m_inFlight == 0)
        finishIfDone(); // nothing to list
}

void OrderSync::cancel()
{
    if (m_generation) {
        delete m_generation; // aborts the calls still in flight; their callbacks never run
        m_generation = nullptr;
    }
    m_running = false;
}

bool OrderSync::tabDone(const Tab &tab) const
{
    return tab.endOffset >= 0 && tab.nextOffset >= tab.endOffset;
}

void OrderSync::fill()
{
    // Each free slot goes to the tab with the fewest requests in flight, so every tab reads
    // ahead by about the same few pages: what is wasted past each tab's (unknown) end stays
    // small, and a small tab is never starved behind a large one.
    while (m_running && m_inFlight < m_limits.maxInFlight) {
        Tab *best = nullptr;
        for (Tab &tab : m_tabs) {
            if (tabDone(tab))
                continue;
            if (tab.endOffset < 0 && tab.requested >= m_limits.maxPagesPerStatus) {
                if (tab.inFlight == 0) {
                    abortWith(ApiError::protocol(
                        tr("the order list did not end after %1 pages").arg(tab.requested)));
                    return;
                }
                continue;
            }
            if (!best || tab.inFlight < best->inFlight)
                best = &tab;
        }
        if (!best)
            return;
        request(*best);
    }
}

void OrderSync::request(Tab &tab)
{
    const int tabIndex = int(&tab - m_tabs.data());
    const qint64 offset = tab.nextOffset;
    tab.nextOffset += m_limits.pageSize;
    ++tab.requested;
    ++tab.inFlight;
    ++m_inFlight;
    tab.pending.insert(offset);
    QObject *generation = m_generation;
    m_client->ordersPage(tab.status, offset, m_limits.pageSize, generation,
                         [this, tabIndex, offset, generation](ApiResult<OrdersPage> result) {
                             if (generation != m_generation)
                                 return; // an answer for a run that was cancelled
                             Tab &t = m_tabs[tabIndex];
                             --t.inFlight;
                             --m_inFlight;
                             t.pending.remove(offset);
                             if (!result.ok()) {
                                 abortWith(result.error());
                                 return;
                             }
                             const OrdersPage &page = result.value();
                             onPage(tabIndex, offset, page.orders, page.hasNext());
                         });
}

void OrderSync::onPage(int tabIndex, qint64 offset, const QList<Order> &rows, bool hasNext)
{
    Tab &tab = m_tabs[tabIndex];
    if (rows.size() > m_limits.pageSize) {
        abortWith(ApiError::protocol(tr("a page held %1 orders where at most %2 were asked for")
                                         .arg(rows.size())
                                         .arg(m_limits.pageSize)));
        return;
    }
    ++m_pagesFetched;
    // A page past a known end is left-over read-ahead: nothing to keep.
    if (tab.endOffset >= 0 && offset >= tab.endOffset) {
        finishIfDone();
        if (m_running)
            fill();
        return;
    }

    if (!rows.isEmpty()) {
        bool anyNew = false;
        for (const Order &o : rows) {
            if (!tab.seen.contains(o.id)) {
                anyNew = true;
                break;
            }
        }
        if (!anyNew) {
            abortWith(ApiError::protocol(tr("the server repeated a page of orders")));
            return;
        }
        for (const Order &o : rows)
            tab.seen.insert(o.id);
        m_rowsFetched += rows.size();
        tab.pages.insert(offset, rows);
        emit pageArrived(rows);
    }

    const bool lastPage = rows.size() < m_limits.pageSize || !hasNext;
    if (lastPage) {
        const qint64 end = offset + rows.size();
        tab.endOffset = tab.endOffset < 0 ? end : qMin(tab.endOffset, end);
        // Pages collected beyond the end (a server that changed under us) are dropped.
        while (!tab.pages.isEmpty() && tab.pages.lastKey() >= tab.endOffset)
            tab.pages.erase(std::prev(tab.pages.end()));
    }
    emit progressed(m_rowsFetched, m_pagesFetched);
    finishIfDone();
    if (m_running)
        fill();
}

void OrderSync::finishIfDone()
{
    // Done when every tab's end is known and every page before it has arrived; answers still
    // on their way for pages past an end are read-ahead nobody needs.
    for (const Tab &tab : m_tabs) {
        if (!tabDone(tab))
            return;
        for (qint64 offset : tab.pending) {
            if (offset < tab.endOffset)
                return;
        }
    }
    cancel(); // drops the unneeded read-ahead still in flight
    emit finished();
}

QList<Order> OrderSync::takeOrders()
{
    QList<Order> all;
    all.reserve(m_rowsFetched);
    QSet<qint64> ids;
    ids.reserve(m_rowsFetched);
    for (Tab &tab : m_tabs) {
        for (QList<Order> &rows : tab.pages) {
            for (Order &o : rows) {
                // An order that changed status mid-sync shows up twice: keep the first.
                if (ids.contains(o.id))
                    continue;
                ids.insert(o.id);
                all.append(std::move(o));
            }
        }
        tab.pages.clear();
    }
    return all;
}

void OrderSync::abortWith(const ApiError &error)
{
    if (!m_running)
        return;
    cancel();
    emit failed(error);
}
