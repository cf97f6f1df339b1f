<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountBar</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active orders: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web page came back instead of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer ShardDesk cannot use (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server. Check the connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected. Check the key and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this for your account or this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this item or this function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer ShardDesk cannot use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send the API key over an unencrypted connection: use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Not sent: the queue stopped after an unclear renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Change several orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of each order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the previous tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every changed order its previous tag again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: 0 of %n done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the order in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restoring the previous tags of %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: %1 of %n done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>Summary after undoing a bulk tag change; %1 is e.g. &quot;48 succeeded, 2 failed.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders marked ✗ keep the new tag; the reason is next to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What succeeded stays. The orders marked ✗ were not changed; the reason is next to each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order has its previous tag again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the remaining orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clearing the tag of %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the tag “%1” on %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal on for %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal off for %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the billing cycle of %n order(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkReportModel</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <extracomment>Outcome of one order in a bulk action report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: the server&apos;s answer or why the order was not sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCycleDialog</name>
    <message>
        <source>Change billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the cycles again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <extracomment>Dialog heading: order number, then the product</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not known. Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the cycles on offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the cycles on offer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>A billing cycle in the list, marked as the one the order has now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue does not offer %1 any more, so no other cycle can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue offers no other cycle for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer from the server: %1
The cycle may still have changed; refresh the order to see.</source>
        <extracomment>%1 is the error, e.g. &quot;The server did not answer within 20 seconds.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not change the cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the order has a promo code that is not valid for the new cycle, the server drops it and the full price of the new cycle applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order uses the promo code %1. If it is not valid for the new cycle, the server drops it and the full price of the new cycle applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing cycle is now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price: %1 (%2 before the %3% discount).</source>
        <extracomment>New price after a cycle change: final price, price before discount, discount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promo code %1 is not valid for this cycle and was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>The API key is not taken from the command line, where other users of this computer can read it. Set SHARDDESK_TOKEN instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms takes a positive number of milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key: set the SHARDDESK_TOKEN environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an order ID (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use active, on-hold, cancelled or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was bought: &apos;buy&apos; spends money, add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was renewed: &apos;renew&apos; spends money, add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &apos;tag ID --clear&apos; to remove a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-renew takes &apos;on&apos; or &apos;off&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quantity takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the purchase is not known: check &apos;orders&apos; and &apos;me&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the renewal is not known: check &apos;order %1&apos; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryStockModel</name>
    <message>
        <source>unknown</source>
        <extracomment>Stock of a country in the purchase wizard: the server did not say</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <extracomment>Stock of a country in the purchase wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 available</source>
        <extracomment>Stock of a country in the purchase wizard; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out in %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header in the location list of the purchase wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column header: the two-letter ISO country code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <extracomment>Column header: how many proxies are in stock</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CycleLabel</name>
    <message>
        <source>Daily</source>
        <extracomment>A billing cycle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <extracomment>A billing cycle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>A billing cycle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>A billing cycle: every three months</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <extracomment>A billing cycle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <extracomment>A billing cycle: paid once, never expires</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID, product, cycle, tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshSync</name>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the latest data took too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProxyShard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your ProxyShard API key. You find it in the ProxyShard dashboard under API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service was found on this computer, so the key cannot be remembered. It will be kept in memory only until ShardDesk quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected this key. Check that you copied the whole key, and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShardDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a built-in server with sample data. No real key, no real money: try anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy proxies (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the account and every order (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the API key and sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the details of the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShardDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShardDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the ProxyShard User API: every order at hand, safely.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing orders… %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShardDesk — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the API key. Sign in again; your orders stay on screen meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Auto-refresh every %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn auto-renewal on for the selected orders (Datacenter and ISP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn auto-renewal off for the selected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tag of the selected orders; empty removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change billing &amp;cycle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the selected orders that are on hold (spends balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;proxies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxies of the selected Datacenter or ISP order, ready to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Turn auto-renewal on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew this order now (spends balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected order(s) (leave empty to remove their tags):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Proxies of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderCategoriesModel</name>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter category and how many orders it holds, e.g. &quot;Active (42)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPanel</name>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details loading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <comment>value not loaded yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is on hold because it was not paid at expiry. Renew it within three days of expiry, or it will be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is cancelled and can no longer be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A date, then how far it is from now on a second line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Auto-renewal can be changed only for Datacenter and ISP proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The billing cycle can be changed only for Datacenter and ISP proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is cancelled and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders on hold can be renewed; active orders renew themselves or at expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to order %1 is still waiting for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal went through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSync</name>
    <message>
        <source>the order list did not end after %1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page held %1 orders where at most %2 were asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server repeated a page of orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>auto-renew not applicable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renewal can be changed only for Datacenter and ISP proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold: renew within three days of expiry, or the order is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: this order can no longer be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon and does not renew itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>Product</source>
        <extracomment>Column header in the product list of the purchase wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Column header in the product list of the purchase wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxiesView</name>
    <message>
        <source>Proxies of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy list state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the proxies again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the proxies to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and save feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy lists are available only for Datacenter and ISP proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the proxies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no proxy list for this order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the proxies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proxy(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This order is not active, so it has no working proxies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxies yet. New or renewed proxies take a minute or two to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n proxy(s) as %1.</source>
        <extracomment>%1 is the format, e.g. ip:port:user:pass</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n proxy(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save proxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyFormat</name>
    <message>
        <source>ip:port:user:pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user:pass@ip:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://user:pass@ip:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socks5://user:pass@ip:port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyTableModel</name>
    <message>
        <source>Password hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Column header: the proxy works until this date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseCyclePage</name>
    <message>
        <source>Choose a billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one payment lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing &amp;cycles offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cycle note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no billing cycle for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles offered for %1 in %2.</source>
        <extracomment>%1 is a product, %2 a country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles offered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseLocationPage</name>
    <message>
        <source>Choose a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country your proxies will be in. Sold-out countries cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries with the number of proxies in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock as of now. Sold-out countries cannot be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock could not be loaded (%1). You can still choose; the server checks the stock when you pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseOptionsPage</name>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many, a promo code if you have one, and renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;romo code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew &amp;automatically at the end of each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 in stock in %2</source>
        <extracomment>%1 is a number of proxies, %2 a country code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (instead of %2, %3 % off)</source>
        <extracomment>%1 the price to pay, %2 the price before the discount, %3 the discount in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid: %2 % off.</source>
        <extracomment>%1 a promo code, %2 a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct or clear the promo code to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known in advance: this server does not preview prices. The amount is taken from your balance when you buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server checks the code when you buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price could not be checked (%1). It is checked again before you pay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseProductPage</name>
    <message>
        <source>Choose a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything ProxyShard sells right now. Double-click a product or press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products on sale, with their descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the products on sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no products for sale right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseRequest</name>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a billing cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseResultPage</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the order. Nothing is sent again from this page on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check orders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the orders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is sent once and never re-sent automatically. Please wait for the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is placed.</source>
        <extracomment>%1 is an order number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The order is selected in your order list once it has reloaded. New proxies can take a minute or two to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

ShardDesk does not send the order again. It is reloading your orders and balance to see whether the order went through…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the order. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up your ProxyShard balance, or buy less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another country or a smaller quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the promo code or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another billing cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with a valid API key, then review the order and pay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1

%2</source>
        <extracomment>%1 the server&apos;s own message, %2 a hint what to do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the billing &amp;cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is unchanged at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance went down by %1 to %2.</source>
        <extracomment>%1 an amount of money, %2 the new balance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance went up by %1 to %2.</source>
        <extracomment>%1 an amount of money, %2 the new balance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance could not be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order went through: order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your reloaded order list shows a new %2 order (%3). %4

Nothing was sent twice.</source>
        <extracomment>%1 a sentence, %2 a product, %3 order numbers, %4 a sentence about the balance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your reloaded order list has no new %2 order. %3

You can review the order and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still not known whether the order went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your orders could not be reloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your orders had not been loaded before paying, so new ones cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new %1 order is listed, but money left your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 %3

To avoid paying twice, do not buy again until you know. Check again in a minute, or look at your orders in ProxyShard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseReviewPage</name>
    <message>
        <source>Review and pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is charged until you press the pay button. It sends exactly one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price before discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To pay:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after paying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the price and balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a country name, %2 its ISO code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime (paid once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known in advance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % (−%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the price and your balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance or your order list could not be loaded: %1 ShardDesk needs both to check the purchase afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would refuse this order: %1 Go back and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough money in your wallet: the order costs %1, the balance is %2. Top up your ProxyShard balance, or go back and buy less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is not known in advance: this server does not preview prices. Buying takes the price from your balance; the result shows the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Pay %1” to buy. Exactly one order is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <comment>expiry of an order that does not expire</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is taken from your balance at once. Each renewal is sent once and never retried by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the checked orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Renew %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected orders can be renewed: only orders on hold can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew these orders now? Uncheck the ones to leave as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected order(s) are not on hold and are left out: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %n order(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not known: the price of %n order(s) has not loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is %1 short of the total. The server refuses each renewal it cannot pay for: top up first, or renew fewer orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenewListModel</name>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is known once the order&apos;s details have loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <extracomment>Price column of the renewal list while the order&apos;s details are loading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was paid for the order last time. A renewal costs the same unless prices or promo codes changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <extracomment>Column header: the price last paid, used as the renewal price</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>Enter your API key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>The remembered key was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditorDelegate</name>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to clear the tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the ProxyShard User API. The API key is read from the keychain, the sign-in dialog or SHARDDESK_TOKEN, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try everything against a built-in server with sample data: no key, no money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sample orders the demo has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after the window is first painted (startup benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
