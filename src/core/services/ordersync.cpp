#include "ordersync.h"

#include "../api/apiclient.h"
#include "diagnostics/logcategories.h"

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
    m_skipped = SkippedRows();
    m_tabs.clear();
    for (OrderStatus status : std::as_const(m_statuses)) {
        Tab tab;
        tab.status = status;
        tab.step = m_limits.pageSize;
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

qint64 OrderSync::coveredUpTo(const Tab &tab)
{
    qint64 cursor = 0;
    for (auto it = tab.listed.constBegin(); it != tab.listed.constEnd(); ++it) {
        if (it.key() > cursor)
            break;
        cursor = qMax(cursor, it.key() + it.value());
    }
    return cursor;
}

bool OrderSync::tabDone(const Tab &tab) const
{
    if (tab.endOffset < 0 || coveredUpTo(tab) < tab.endOffset)
        return false;
    for (qint64 offset : tab.pending) {
        if (offset < tab.endOffset)
            return false;
    }
    for (qint64 offset : tab.refusals.keys()) {
        if (offset < tab.endOffset)
            return false;
    }
    return true;
}

bool OrderSync::canReadAhead(const Tab &tab) const
{
    if (tab.endOffset >= 0 && tab.nextOffset >= tab.endOffset)
        return false;
    return tab.ceiling < 0 || tab.nextOffset < tab.ceiling;
}

void OrderSync::fill()
{
    // Each free slot goes to the tab with the fewest requests in flight, so every tab reads
    // ahead by about the same few pages: what is wasted past each tab's (unknown) end stays
    // small, and a small tab is never starved behind a large one. Gaps after capped pages come
    // before read-ahead.
    while (m_running && m_inFlight < m_limits.maxInFlight) {
        Tab *best = nullptr;
        for (Tab &tab : m_tabs) {
            if (tab.gaps.isEmpty() && !canReadAhead(tab))
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
    qint64 offset = 0;
    if (!tab.gaps.isEmpty()) {
        offset = tab.gaps.takeFirst();
    } else {
        // A gap may already have asked for the next stride's offset.
        while (tab.asked.contains(tab.nextOffset))
            tab.nextOffset += tab.step;
        offset = tab.nextOffset;
        tab.nextOffset += tab.step;
    }
    // Once the server is known to cap its pages, ask for the cap: pages then never overlap,
    // whatever the server does with a larger limit.
    const int limit = int(tab.step);
    ++tab.requested;
    ++tab.inFlight;
    ++m_inFlight;
    tab.pending.insert(offset);
    tab.asked.insert(offset);
    QObject *generation = m_generation;
    m_client->ordersPage(tab.status, offset, limit, generation,
                         [this, tabIndex, offset, limit, generation](ApiResult<OrdersPage> result) {
                             if (generation != m_generation)
                                 return; // an answer for a run that was cancelled
                             Tab &t = m_tabs[tabIndex];
                             --t.inFlight;
                             --m_inFlight;
                             t.pending.remove(offset);
                             if (!result.ok()) {
                                 onRefused(tabIndex, offset, result.error());
                                 return;
                             }
                             onPage(tabIndex, offset, limit, result.value());
                         });
}

void OrderSync::setEnd(Tab &tab, qint64 end)
{
    tab.endOffset = tab.endOffset < 0 ? end : qMin(tab.endOffset, end);
    // Pages collected beyond the end (a server that changed under us) are dropped.
    while (!tab.pages.isEmpty() && tab.pages.lastKey() >= tab.endOffset)
        tab.pages.erase(std::prev(tab.pages.end()));
    tab.gaps.removeIf([&tab](qint64 offset) { return offset >= tab.endOffset; });
}

void OrderSync::onRefused(int tabIndex, qint64 offset, const ApiError &error)
{
    Tab &tab = m_tabs[tabIndex];
    const bool fourHundred = error.kind() == ApiError::Kind::Refused ||
                             error.kind() == ApiError::Kind::NotFound;
    // A 4xx for the first page, or any other failure, is the answer for the whole list.
    if (!fourHundred || offset == 0) {
        abortWith(error);
        return;
    }
    // Likely "offset past the end" for a page only read ahead: judged once the end is known.
    qCDebug(lcSync) << "page at" << offset << "refused:" << error.message();
    tab.refusals.insert(offset, error);
    tab.ceiling = tab.ceiling < 0 ? offset : qMin(tab.ceiling, offset);
    if (!settleRefusals(tab))
        return;
    finishIfDone();
    if (m_running)
        fill();
}

bool OrderSync::settleRefusals(Tab &tab)
{
    const qint64 covered = coveredUpTo(tab);
    for (auto it = tab.refusals.begin(); it != tab.refusals.end();) {
        const qint64 offset = it.key();
        if (tab.endOffset >= 0 && offset >= tab.endOffset) {
            it = tab.refusals.erase(it); // read-ahead past the end: nothing was missed
            continue;
        }
        bool pendingBelow = !tab.gaps.isEmpty();
        for (qint64 p : std::as_const(tab.pending))
            pendingBelow = pendingBelow || p < offset;
        if (pendingBelow) {
            ++it;
            continue;
        }
        if (covered == offset) {
            // Every row before it is read and the server refuses to go on: that is the end.
            setEnd(tab, offset);
            it = tab.refusals.erase(it);
            continue;
        }
        // A hole before the refused page that nothing will fill: the refusal stands.
        abortWith(it.value());
        return false;
    }
    return true;
}

void OrderSync::onPage(int tabIndex, qint64 offset, int limit, const OrdersPage &page)
{
    Tab &tab = m_tabs[tabIndex];
    const QList<Order> &rows = page.orders;
    qCDebug(lcSync) << OrderStatuses::apiName(tab.status) << "page at" << offset << "listed"
                    << page.rowsListed << "next" << page.hasNext() << "first id"
                    << (rows.isEmpty() ? 0 : rows.first().id);
    if (page.rowsListed > limit) {
        abortWith(ApiError::protocol(tr("a page held %1 orders where at most %2 were asked for")
                                         .arg(page.rowsListed)
                                         .arg(limit)));
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
    if (!page.skipped.isEmpty()) {
        qCInfo(lcSync).noquote() << "skipped" << page.skipped.count() << "rows at offset" << offset
                                 << page.skipped.reasons().join(QStringLiteral("; "));
        m_skipped.add(page.skipped);
    }
    tab.listed.insert(offset, page.rowsListed);

    if (!page.continuesAfter(limit)) {
        setEnd(tab, offset + page.rowsListed);
    } else if (page.rowsListed < limit) {
        // The server caps its pages: ask for what follows this one, and step by the cap.
        const qint64 after = offset + page.rowsListed;
        if (tab.step > page.rowsListed) {
            qCDebug(lcSync) << "pages capped at" << page.rowsListed << "rows";
            tab.step = page.rowsListed;
        }
        if (!tab.asked.contains(after) && !tab.gaps.contains(after))
            tab.gaps.append(after);
    }
    if (!settleRefusals(tab))
        return;
    emit progressed(m_rowsFetched, m_pagesFetched);
    finishIfDone();
    if (m_running)
        fill();
}

void OrderSync::finishIfDone()
{
    // Done when every tab's end is known and every row before it has arrived; answers still
    // on their way for pages past an end are read-ahead nobody needs.
    for (const Tab &tab : m_tabs) {
        if (!tabDone(tab))
            return;
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
    qCInfo(lcSync).noquote() << "sync failed:" << error.message();
    cancel();
    emit failed(error);
}
