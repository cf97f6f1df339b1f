<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%Ln order(s) expire within %1 and will not renew themselves.</source>
        <translation>
            <numerusform>%Ln order expires within %1 and will not renew itself.</numerusform>
            <numerusform>%Ln orders expire within %1 and will not renew themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more renewal(s) could not be priced.</source>
        <translation>
            <numerusform>%Ln more renewal could not be priced.</numerusform>
            <numerusform>%Ln more renewals could not be priced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-renewals due in the next %Ln day(s) cost %1, the wallet holds %2: top up %3.</source>
        <translation>
            <numerusform>Auto-renewals due in the next %Ln day cost %1, the wallet holds %2: top up %3.</numerusform>
            <numerusform>Auto-renewals due in the next %Ln days cost %1, the wallet holds %2: top up %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
        <source>Sending one order at a time: 0 of %Ln done.</source>
        <translation>
            <numerusform>Sending one order at a time: 0 of %Ln done.</numerusform>
            <numerusform>Sending one order at a time: 0 of %Ln done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring the previous tags of %Ln order(s)</source>
        <translation>
            <numerusform>Restoring the previous tags of %Ln order</numerusform>
            <numerusform>Restoring the previous tags of %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: %L1 of %Ln done.</source>
        <translation>
            <numerusform>Sending one order at a time: %L1 of %Ln done.</numerusform>
            <numerusform>Sending one order at a time: %L1 of %Ln done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>%Ln succeeded</numerusform>
            <numerusform>%Ln succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clearing the tag of %Ln order(s)</source>
        <translation>
            <numerusform>Clearing the tag of %Ln order</numerusform>
            <numerusform>Clearing the tag of %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the tag “%1” on %Ln order(s)</source>
        <translation>
            <numerusform>Setting the tag “%1” on %Ln order</numerusform>
            <numerusform>Setting the tag “%1” on %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal on for %Ln order(s)</source>
        <translation>
            <numerusform>Turning auto-renewal on for %Ln order</numerusform>
            <numerusform>Turning auto-renewal on for %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal off for %Ln order(s)</source>
        <translation>
            <numerusform>Turning auto-renewal off for %Ln order</numerusform>
            <numerusform>Turning auto-renewal off for %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing %Ln order(s)</source>
        <translation>
            <numerusform>Renewing %Ln order</numerusform>
            <numerusform>Renewing %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the billing cycle of %Ln order(s) to %1</source>
        <translation>
            <numerusform>Changing the billing cycle of %Ln order to %1</numerusform>
            <numerusform>Changing the billing cycle of %Ln orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDetector</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>Sync summary part: how many orders are new. English needs no plural form.</extracomment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed</source>
        <extracomment>Sync summary part: how many orders were renewed.</extracomment>
        <translation>
            <numerusform>%n renewed</numerusform>
            <numerusform>%n renewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold</source>
        <extracomment>Sync summary part: how many orders went on hold.</extracomment>
        <translation>
            <numerusform>%n on hold</numerusform>
            <numerusform>%n on hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>Sync summary part: how many orders were cancelled.</extracomment>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <extracomment>Sync summary part: how many orders expired.</extracomment>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retagged</source>
        <extracomment>Sync summary part: how many orders got another tag.</extracomment>
        <translation>
            <numerusform>%n retagged</numerusform>
            <numerusform>%n retagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cycle</source>
        <extracomment>Sync summary part: how many orders changed billing cycle.</extracomment>
        <translation>
            <numerusform>%n changed cycle</numerusform>
            <numerusform>%n changed cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-renew change(s)</source>
        <extracomment>Sync summary part: on how many orders auto-renew was switched.</extracomment>
        <translation>
            <numerusform>%n auto-renew change</numerusform>
            <numerusform>%n auto-renew changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>Showing the %Ln order(s) of an alert.</source>
        <translation>
            <numerusform>Showing the %Ln order of an alert.</numerusform>
            <numerusform>Showing the %Ln orders of an alert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GeoPicker</name>
    <message numerus="yes">
        <source>%Ln place(s) listed.</source>
        <translation>
            <numerusform>%Ln place listed.</numerusform>
            <numerusform>%Ln places listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Auto-&amp;refresh every %Ln minute(s)</source>
        <translation>
            <numerusform>Auto-&amp;refresh every %Ln minute</numerusform>
            <numerusform>Auto-&amp;refresh every %Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message numerus="yes">
        <source>Tag %Ln order(s)</source>
        <translation>
            <numerusform>Tag %Ln order</numerusform>
            <numerusform>Tag %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected order(s) (leave empty to remove their tags):</source>
        <translation>
            <numerusform>Tag for the %Ln selected order (leave empty to remove their tags):</numerusform>
            <numerusform>Tag for the %Ln selected orders (leave empty to remove their tags):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderCategoriesModel</name>
    <message numerus="yes">
        <source>Expiring within %Ln day(s)</source>
        <translation>
            <numerusform>Expiring within %Ln day</numerusform>
            <numerusform>Expiring within %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln order(s)</source>
        <translation>
            <numerusform>%1, %Ln order</numerusform>
            <numerusform>%1, %Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPanel</name>
    <message numerus="yes">
        <source>%Ln p0f slot(s), %1 in use</source>
        <extracomment>%1 how many of the slots signed proxies occupy</extracomment>
        <translation>
            <numerusform>%Ln p0f slot, %1 in use</numerusform>
            <numerusform>%Ln p0f slots, %1 in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln slot(s) from the next renewal</source>
        <translation>
            <numerusform>%Ln slot from the next renewal</numerusform>
            <numerusform>%Ln slots from the next renewal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderExportFlow</name>
    <message numerus="yes">
        <source>Export %Ln order(s)</source>
        <translation>
            <numerusform>Export %Ln order</numerusform>
            <numerusform>Export %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln order to %1</numerusform>
            <numerusform>Exported %Ln orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message numerus="yes">
        <source>Load %n missing price(s)</source>
        <translation>
            <numerusform>Load %n missing price</numerusform>
            <numerusform>Load %n missing prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spend is based on %1 of %n order(s): the others' prices have not been loaded yet (the Orders page loads them as rows come into view).</source>
        <translation>
            <numerusform>Spend is based on %1 of %n order: the others' prices have not been loaded yet (the Orders page loads them as rows come into view).</numerusform>
            <numerusform>Spend is based on %1 of %n orders: the others' prices have not been loaded yet (the Orders page loads them as rows come into view).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Includes %n renewal(s) seen between syncs.</source>
        <translation>
            <numerusform>Includes %n renewal seen between syncs.</numerusform>
            <numerusform>Includes %n renewals seen between syncs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Includes %n renewal(s) seen between syncs; %1 of them without a known price.</source>
        <translation>
            <numerusform>Includes %n renewal seen between syncs; %1 of them without a known price.</numerusform>
            <numerusform>Includes %n renewals seen between syncs; %1 of them without a known price.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No known price yet for %n renewal(s).</source>
        <translation>
            <numerusform>No known price yet for %n renewal.</numerusform>
            <numerusform>No known price yet for %n renewals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-renewal(s) due in the next 30 days, %1 in total. %2</source>
        <extracomment>The renewal chart's description for screen readers: %1 the total due, %2 what the balance note says</extracomment>
        <translation>
            <numerusform>%n auto-renewal due in the next 30 days, %1 in total. %2</numerusform>
            <numerusform>%n auto-renewals due in the next 30 days, %1 in total. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 active, %2 on hold, %3 cancelled; the most of %4 (%5).</source>
        <extracomment>The orders chart's description for screen readers: %1 active, %2 on hold, %3 cancelled (counts), %4 the product with the most orders, %5 its count</extracomment>
        <translation>
            <numerusform>%n order: %1 active, %2 on hold, %3 cancelled; the most of %4 (%5).</numerusform>
            <numerusform>%n orders: %1 active, %2 on hold, %3 cancelled; the most of %4 (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxiesView</name>
    <message numerus="yes">
        <source>%Ln proxy(s).</source>
        <translation>
            <numerusform>%Ln proxy.</numerusform>
            <numerusform>%Ln proxies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln proxy(s) as %1.</source>
        <extracomment>%1 is the format, e.g. ip:port:user:pass</extracomment>
        <translation>
            <numerusform>Copied %Ln proxy as %1.</numerusform>
            <numerusform>Copied %Ln proxies as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln proxy(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln proxy to %1.</numerusform>
            <numerusform>Saved %Ln proxies to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxyCheckDialog</name>
    <message numerus="yes">
        <source>Loading the proxies of %n order(s)…</source>
        <translation>
            <numerusform>Loading the proxies of %n order…</numerusform>
            <numerusform>Loading the proxies of %n orders…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) — %1</source>
        <translation>
            <numerusform>Skipped %n line — %1</numerusform>
            <numerusform>Skipped %n lines — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy check(s) from the list</source>
        <translation>
            <numerusform>%n proxy check from the list</numerusform>
            <numerusform>%n proxy checks from the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n working proxy(s).</source>
        <translation>
            <numerusform>Copied %n working proxy.</numerusform>
            <numerusform>Copied %n working proxies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln working proxy(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln working proxy to %1.</numerusform>
            <numerusform>Saved %Ln working proxies to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy check(s)</source>
        <translation>
            <numerusform>%n proxy check</numerusform>
            <numerusform>%n proxy checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>across %n order(s)</source>
        <translation>
            <numerusform>across %n order</numerusform>
            <numerusform>across %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxyCheckSummary</name>
    <message numerus="yes">
        <source>Checked %1 of %n: %2 work</source>
        <translation>
            <numerusform>Checked %1 of %n: %2 work</numerusform>
            <numerusform>Checked %1 of %n: %2 work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work</source>
        <translation>
            <numerusform>%1 of %n work</numerusform>
            <numerusform>%1 of %n work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1, %n not checked</source>
        <translation>
            <numerusform>Stopped: %1, %n not checked</numerusform>
            <numerusform>Stopped: %1, %n not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>in %Ln minute</numerusform>
            <numerusform>in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>in %Ln hour</numerusform>
            <numerusform>in %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message numerus="yes">
        <source>Renew %Ln order(s)</source>
        <translation>
            <numerusform>Renew %Ln order</numerusform>
            <numerusform>Renew %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected order(s) are not on hold and are left out: %1.</source>
        <translation>
            <numerusform>%Ln selected order is not on hold and is left out: %1.</numerusform>
            <numerusform>%Ln selected orders are not on hold and are left out: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %Ln order(s)</source>
        <translation>
            <numerusform>&amp;Renew %Ln order</numerusform>
            <numerusform>&amp;Renew %Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not known: the price of %Ln order(s) has not loaded</source>
        <translation>
            <numerusform>Not known: the price of %Ln order has not loaded</numerusform>
            <numerusform>Not known: the price of %Ln orders has not loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkippedRows</name>
    <message numerus="yes">
        <source>%Ln row(s) could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%Ln row could not be read and was skipped (%1).</numerusform>
            <numerusform>%Ln rows could not be read and were skipped (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubUsersView</name>
    <message numerus="yes">
        <source>%Ln sub-user(s); reading the list again…</source>
        <translation>
            <numerusform>%Ln sub-user; reading the list again…</numerusform>
            <numerusform>%Ln sub-users; reading the list again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-user(s), %1 allotted in all.</source>
        <translation>
            <numerusform>%Ln sub-user, %1 allotted in all.</numerusform>
            <numerusform>%Ln sub-users, %1 allotted in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln order(s)</source>
        <translation>
            <numerusform>Showing %1 of %Ln order</numerusform>
            <numerusform>Showing %1 of %Ln orders</numerusform>
        </translation>
    </message>
</context>
</TS>