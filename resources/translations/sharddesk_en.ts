<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%n order(s) expire within %1 and will not renew themselves.</source>
        <translation>
            <numerusform>%n order expire within %1 and will not renew themselves.</numerusform>
            <numerusform>%n orders expire within %1 and will not renew themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more renewal(s) could not be priced.</source>
        <translation>
            <numerusform>%n more renewal could not be priced.</numerusform>
            <numerusform>%n more renewals could not be priced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-renewals due in the next %n day(s) cost %1, the wallet holds %2: top up %3.</source>
        <translation>
            <numerusform>Auto-renewals due in the next %n day cost %1, the wallet holds %2: top up %3.</numerusform>
            <numerusform>Auto-renewals due in the next %n days cost %1, the wallet holds %2: top up %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message numerus="yes">
        <source>Sending one order at a time: 0 of %n done.</source>
        <translation>
            <numerusform>Sending one order at a time: 0 of %n done.</numerusform>
            <numerusform>Sending one order at a time: 0 of %n done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring the previous tags of %n order(s)</source>
        <translation>
            <numerusform>Restoring the previous tags of %n order</numerusform>
            <numerusform>Restoring the previous tags of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: %1 of %n done.</source>
        <translation>
            <numerusform>Sending one order at a time: %1 of %n done.</numerusform>
            <numerusform>Sending one order at a time: %1 of %n done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clearing the tag of %n order(s)</source>
        <translation>
            <numerusform>Clearing the tag of %n order</numerusform>
            <numerusform>Clearing the tag of %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the tag “%1” on %n order(s)</source>
        <translation>
            <numerusform>Setting the tag “%1” on %n order</numerusform>
            <numerusform>Setting the tag “%1” on %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal on for %n order(s)</source>
        <translation>
            <numerusform>Turning auto-renewal on for %n order</numerusform>
            <numerusform>Turning auto-renewal on for %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal off for %n order(s)</source>
        <translation>
            <numerusform>Turning auto-renewal off for %n order</numerusform>
            <numerusform>Turning auto-renewal off for %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing %n order(s)</source>
        <translation>
            <numerusform>Renewing %n order</numerusform>
            <numerusform>Renewing %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the billing cycle of %n order(s) to %1</source>
        <translation>
            <numerusform>Changing the billing cycle of %n order to %1</numerusform>
            <numerusform>Changing the billing cycle of %n orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message numerus="yes">
        <source>Showing the %n order(s) of an alert.</source>
        <translation>
            <numerusform>Showing the %n order of an alert.</numerusform>
            <numerusform>Showing the %n orders of an alert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>&amp;Auto-refresh every %n minute(s)</source>
        <translation>
            <numerusform>&amp;Auto-refresh every %n minute</numerusform>
            <numerusform>&amp;Auto-refresh every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message numerus="yes">
        <source>Tag %n order(s)</source>
        <translation>
            <numerusform>Tag %n order</numerusform>
            <numerusform>Tag %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected order(s) (leave empty to remove their tags):</source>
        <translation>
            <numerusform>Tag for the %n selected order (leave empty to remove their tags):</numerusform>
            <numerusform>Tag for the %n selected orders (leave empty to remove their tags):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderCategoriesModel</name>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n order(s)</source>
        <translation>
            <numerusform>%1, %n order</numerusform>
            <numerusform>%1, %n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderExportFlow</name>
    <message numerus="yes">
        <source>Export %n order(s)</source>
        <translation>
            <numerusform>Export %n order</numerusform>
            <numerusform>Export %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1</source>
        <translation>
            <numerusform>Exported %n order to %1</numerusform>
            <numerusform>Exported %n orders to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxiesView</name>
    <message numerus="yes">
        <source>%n proxy(s).</source>
        <translation>
            <numerusform>%n proxy.</numerusform>
            <numerusform>%n proxies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n proxy(s) as %1.</source>
        <extracomment>%1 is the format, e.g. ip:port:user:pass</extracomment>
        <translation>
            <numerusform>Copied %n proxy as %1.</numerusform>
            <numerusform>Copied %n proxies as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n proxy(s) to %1.</source>
        <translation>
            <numerusform>Saved %n proxy to %1.</numerusform>
            <numerusform>Saved %n proxies to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message numerus="yes">
        <source>Renew %n order(s)</source>
        <translation>
            <numerusform>Renew %n order</numerusform>
            <numerusform>Renew %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected order(s) are not on hold and are left out: %1.</source>
        <translation>
            <numerusform>%n selected order are not on hold and are left out: %1.</numerusform>
            <numerusform>%n selected orders are not on hold and are left out: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %n order(s)</source>
        <translation>
            <numerusform>&amp;Renew %n order</numerusform>
            <numerusform>&amp;Renew %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not known: the price of %n order(s) has not loaded</source>
        <translation>
            <numerusform>Not known: the price of %n order has not loaded</numerusform>
            <numerusform>Not known: the price of %n orders has not loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkippedRows</name>
    <message numerus="yes">
        <source>%n row(s) could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%n row could not be read and were skipped (%1).</numerusform>
            <numerusform>%n rows could not be read and were skipped (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n order(s)</source>
        <translation>
            <numerusform>Showing %1 of %n order</numerusform>
            <numerusform>Showing %1 of %n orders</numerusform>
        </translation>
    </message>
</context>
</TS>