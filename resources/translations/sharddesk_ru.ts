<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessibleValue</name>
    <message>
        <source>%1: %2</source>
        <extracomment>What a screen reader says for a value shown next to its caption: %1 the caption (&quot;Wallet balance&quot;), %2 the value (&quot;$100.00&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AccountBar</name>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Balance: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Баланс: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Active orders: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Активные заказы: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Signed in (email not known)</source>
        <translation>Вход выполнен (email неизвестен)</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <extracomment>After the balance: the stored value, from the sync at this time</extracomment>
        <translation>(на %1)</translation>
    </message>
</context>
<context>
    <name>ActivityEntry</name>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>On hold</source>
        <extracomment>An order was put on hold by the server.</extracomment>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Tag changed</source>
        <translation>Изменён тег</translation>
    </message>
    <message>
        <source>Auto-renew changed</source>
        <translation>Изменено автопродление</translation>
    </message>
    <message>
        <source>Cycle changed</source>
        <extracomment>The billing cycle of an order changed.</extracomment>
        <translation>Изменён период оплаты</translation>
    </message>
    <message>
        <source>Balance changed</source>
        <extracomment>The account&apos;s wallet balance changed.</extracomment>
        <translation>Изменён баланс</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>без тега</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>expires %1 → %2</source>
        <translation>истекает %1 → %2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>истёк %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column header: when the change was seen (or, for an expiry, when it happened)</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Пока&amp;зать:</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Вид изменения</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>За&amp;каз:</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Любой заказ</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>About the activity</source>
        <translation>О журнале изменений</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Все изменения</translation>
    </message>
    <message>
        <source>ShardDesk compares each sync with the one before: changes made on the web dashboard or by the server show here. Enter or a double click on a row shows its order.</source>
        <translation>ShardDesk сравнивает каждую синхронизацию с предыдущей: здесь видны изменения, сделанные в веб-кабинете или сервером. Enter или двойной щелчок по строке открывает её заказ.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>No changes seen yet: they show after the next sync.</source>
        <translation>Изменений пока нет: они появятся после следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>AddBandwidthDialog</name>
    <message>
        <source>Add traffic</source>
        <translation>Добавление трафика</translation>
    </message>
    <message>
        <source>Traffic now:</source>
        <translation>Трафик сейчас:</translation>
    </message>
    <message>
        <source>Traffic now</source>
        <translation>Трафик сейчас</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Добавить:</translation>
    </message>
    <message>
        <source>Traffic to add in GB</source>
        <translation>Добавляемый трафик, ГБ</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <source>&amp;Promo code:</source>
        <translation>&amp;Промокод:</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Баланс после:</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Add traffic to order %1</source>
        <translation>Добавление трафика к заказу %1</translation>
    </message>
    <message>
        <source>Buy more traffic for order %1 (%2). It is charged to your balance at once.</source>
        <translation>Докупить трафик для заказа %1 (%2). Сумма сразу списывается с баланса.</translation>
    </message>
    <message>
        <source>residential</source>
        <translation>резидентный</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add %L1 GB for %2</source>
        <translation>Добавить %L1 ГБ за %2</translation>
    </message>
    <message>
        <source>Add %L1 GB</source>
        <translation>Добавить %L1 ГБ</translation>
    </message>
    <message>
        <source>%L1 GB</source>
        <translation>%L1 ГБ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>Your balance does not cover this. Top up first, or add less traffic.</source>
        <translation>На балансе недостаточно средств. Сначала пополните баланс или добавьте меньше трафика.</translation>
    </message>
    <message>
        <source>%1: sending…</source>
        <translation>%1: отправка…</translation>
    </message>
    <message>
        <source>Reading the order&apos;s traffic and your balance…</source>
        <translation>Загрузка трафика заказа и баланса…</translation>
    </message>
    <message>
        <source>Could not read everything before sending (%1). If the answer is lost, ShardDesk may not be able to tell whether the traffic was added.</source>
        <translation>Перед отправкой не удалось прочитать все данные (%1). Если ответ потеряется, ShardDesk может не определить, добавлен ли трафик.</translation>
    </message>
    <message>
        <source>Added %L1 GB to order %2.</source>
        <translation>К заказу %2 добавлено %L1 ГБ.</translation>
    </message>
    <message>
        <source>Added %L1 GB to order %2. The server said: %3</source>
        <translation>К заказу %2 добавлено %L1 ГБ. Ответ сервера: %3</translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation>Ничего не добавлено: %1</translation>
    </message>
    <message>
        <source>The answer was lost (%1). Checking the order and your balance before anything else is sent…</source>
        <translation>Ответ потерян (%1). Проверяем заказ и баланс, прежде чем отправлять что-либо ещё…</translation>
    </message>
    <message>
        <source>The answer was lost, but the order shows the traffic: %L1 GB were added.</source>
        <translation>Ответ потерян, но трафик виден в заказе: добавлено %L1 ГБ.</translation>
    </message>
    <message>
        <source>The answer was lost. The order and your balance show nothing was added; you can try again.</source>
        <translation>Ответ потерян. По заказу и балансу видно, что ничего не добавлено; можно попробовать снова.</translation>
    </message>
    <message>
        <source>The answer was lost and ShardDesk cannot tell whether the traffic was added. Check the order and your balance before trying again.</source>
        <translation>Ответ потерян, и ShardDesk не может определить, добавлен ли трафик. Прежде чем пробовать снова, проверьте заказ и баланс.</translation>
    </message>
    <message>
        <source>not calculated: %1</source>
        <translation>не рассчитана: %1</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show these orders</source>
        <translation>Показать эти заказы</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%Ln order(s) expire within %1 and will not renew themselves.</source>
        <translation>
            <numerusform>%Ln заказ истекает в течение %1 и не продлится сам.</numerusform>
            <numerusform>%Ln заказа истекают в течение %1 и не продлятся сами.</numerusform>
            <numerusform>%Ln заказов истекают в течение %1 и не продлятся сами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more renewal(s) could not be priced.</source>
        <translation>
            <numerusform>Ещё для %Ln продления не удалось узнать цену.</numerusform>
            <numerusform>Ещё для %Ln продлений не удалось узнать цену.</numerusform>
            <numerusform>Ещё для %Ln продлений не удалось узнать цену.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough money for the coming renewals</source>
        <translation>Не хватает денег на ближайшие продления</translation>
    </message>
    <message>
        <source>Orders expire soon</source>
        <translation>Скоро истекают заказы</translation>
    </message>
    <message>
        <source>Orders need attention</source>
        <translation>Заказы требуют внимания</translation>
    </message>
    <message numerus="yes">
        <source>Auto-renewals due in the next %Ln day(s) cost %1, the wallet holds %2: top up %3.</source>
        <translation>
            <numerusform>Автопродления на ближайший %Ln день стоят %1, на балансе %2: пополните на %3.</numerusform>
            <numerusform>Автопродления на ближайшие %Ln дня стоят %1, на балансе %2: пополните на %3.</numerusform>
            <numerusform>Автопродления на ближайшие %Ln дней стоят %1, на балансе %2: пополните на %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>ответ больше %1 МиБ</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Сервер не ответил за отведённое время (%1 с).</translation>
    </message>
    <message>
        <source>an unexpected redirect (HTTP %1)</source>
        <translation>неожиданное перенаправление (HTTP %1)</translation>
    </message>
    <message>
        <source>The server at %1 refused the connection.</source>
        <translation>Сервер %1 отклонил подключение.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Не удалось найти сервер %1.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted.</source>
        <translation>Не удалось установить защищённое соединение с %1: сертификат сервера не является доверенным.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Сервер закрыл соединение, не дав ответа.</translation>
    </message>
    <message>
        <source>The connection broke while the answer was arriving.</source>
        <translation>Соединение прервалось во время получения ответа.</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>пустой ответ</translation>
    </message>
    <message>
        <source>a web page came back instead of data</source>
        <translation>вместо данных пришла веб-страница</translation>
    </message>
    <message>
        <source>the answer is not valid JSON: %1 at byte %2</source>
        <translation>ответ не является корректным JSON: %1 (байт %2)</translation>
    </message>
    <message>
        <source>The sub-user id &quot;%1&quot; cannot be sent.</source>
        <translation>ID субпользователя «%1» нельзя отправить.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server sent an answer ShardDesk cannot use (%1).</source>
        <translation>Сервер прислал ответ, который ShardDesk не может обработать (%1).</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the connection and the server address.</source>
        <translation>Не удалось связаться с сервером. Проверьте подключение к сети и адрес сервера.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check the key and sign in again.</source>
        <translation>API-ключ отклонён. Проверьте ключ и войдите снова.</translation>
    </message>
    <message>
        <source>The server does not allow this for your account or this order.</source>
        <translation>Сервер не разрешает это действие для вашей учётной записи или этого заказа.</translation>
    </message>
    <message>
        <source>The server does not know this item or this function.</source>
        <translation>Сервер не знает такого объекта или функции.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down. Try again shortly.</source>
        <translation>Слишком много запросов: сервер просит снизить частоту. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Ошибка на стороне сервера (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer ShardDesk cannot use.</source>
        <translation>Сервер прислал ответ, который ShardDesk не может обработать.</translation>
    </message>
    <message>
        <source>Refusing to send the API key over an unencrypted connection: use an https:// address.</source>
        <translation>API-ключ не будет отправлен по незашифрованному соединению: укажите адрес https://.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Запрос отменён.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Сервер отклонил запрос.</translation>
    </message>
    <message>
        <source>The server had a problem.</source>
        <translation>Ошибка на стороне сервера.</translation>
    </message>
</context>
<context>
    <name>BandwidthRequest</name>
    <message>
        <source>Choose an order to add traffic to.</source>
        <translation>Выберите заказ, к которому нужно добавить трафик.</translation>
    </message>
    <message>
        <source>Add at least 1 GB.</source>
        <translation>Добавьте не меньше 1 ГБ.</translation>
    </message>
    <message>
        <source>At most %L1 GB can be added at once.</source>
        <translation>За один раз можно добавить не больше %L1 ГБ.</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>Not sent: the queue stopped after an unclear renewal.</source>
        <translation>Не отправлено: очередь остановлена после продления с неясным результатом.</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Не отправлено: отменено.</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Change several orders</source>
        <translation>Изменение нескольких заказов</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Progress text</source>
        <translation>Описание хода выполнения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Result of each order</source>
        <translation>Результат по каждому заказу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Вернуть теги</translation>
    </message>
    <message>
        <source>Restore the previous tags</source>
        <translation>Восстановить прежние теги</translation>
    </message>
    <message>
        <source>Give every changed order its previous tag again</source>
        <translation>Вернуть каждому изменённому заказу прежний тег</translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: 0 of %Ln done.</source>
        <translation>
            <numerusform>Заказы отправляются по одному: готово 0 из %Ln.</numerusform>
            <numerusform>Заказы отправляются по одному: готово 0 из %Ln.</numerusform>
            <numerusform>Заказы отправляются по одному: готово 0 из %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the order in flight…</source>
        <translation>Остановка после отправки текущего заказа…</translation>
    </message>
    <message numerus="yes">
        <source>Restoring the previous tags of %Ln order(s)</source>
        <translation>
            <numerusform>Восстановление прежних тегов у %Ln заказа</numerusform>
            <numerusform>Восстановление прежних тегов у %Ln заказов</numerusform>
            <numerusform>Восстановление прежних тегов у %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending one order at a time: %L1 of %Ln done.</source>
        <translation>
            <numerusform>Заказы отправляются по одному: готово %L1 из %Ln.</numerusform>
            <numerusform>Заказы отправляются по одному: готово %L1 из %Ln.</numerusform>
            <numerusform>Заказы отправляются по одному: готово %L1 из %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln succeeded</source>
        <translation>
            <numerusform>Успешно: %Ln</numerusform>
            <numerusform>Успешно: %Ln</numerusform>
            <numerusform>Успешно: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>с ошибкой: %Ln</numerusform>
            <numerusform>с ошибкой: %Ln</numerusform>
            <numerusform>с ошибкой: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>не отправлено: %Ln</numerusform>
            <numerusform>не отправлено: %Ln</numerusform>
            <numerusform>не отправлено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <extracomment>Summary after undoing a bulk tag change; %1 is e.g. &quot;48 succeeded, 2 failed.&quot;</extracomment>
        <translation>Отмена изменений: %1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Отменено. %1</translation>
    </message>
    <message>
        <source>The orders marked ✗ keep the new tag; the reason is next to each.</source>
        <translation>У заказов, отмеченных ✗, остался новый тег; причина указана рядом с каждым.</translation>
    </message>
    <message>
        <source>What succeeded stays. The orders marked ✗ were not changed; the reason is next to each.</source>
        <translation>Успешные изменения сохранены. Заказы, отмеченные ✗, не изменены; причина указана рядом с каждым.</translation>
    </message>
    <message>
        <source>Every order has its previous tag again.</source>
        <translation>Всем заказам возвращены прежние теги.</translation>
    </message>
    <message>
        <source>Every order was changed.</source>
        <translation>Все заказы изменены.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancel the remaining orders</source>
        <translation>Не отправлять оставшиеся заказы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Clearing the tag of %Ln order(s)</source>
        <translation>
            <numerusform>Удаление тега у %Ln заказа</numerusform>
            <numerusform>Удаление тега у %Ln заказов</numerusform>
            <numerusform>Удаление тега у %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Setting the tag “%1” on %Ln order(s)</source>
        <translation>
            <numerusform>Установка тега «%1» для %Ln заказа</numerusform>
            <numerusform>Установка тега «%1» для %Ln заказов</numerusform>
            <numerusform>Установка тега «%1» для %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal on for %Ln order(s)</source>
        <translation>
            <numerusform>Включение автопродления для %Ln заказа</numerusform>
            <numerusform>Включение автопродления для %Ln заказов</numerusform>
            <numerusform>Включение автопродления для %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turning auto-renewal off for %Ln order(s)</source>
        <translation>
            <numerusform>Выключение автопродления для %Ln заказа</numerusform>
            <numerusform>Выключение автопродления для %Ln заказов</numerusform>
            <numerusform>Выключение автопродления для %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renewing %Ln order(s)</source>
        <translation>
            <numerusform>Продление %Ln заказа</numerusform>
            <numerusform>Продление %Ln заказов</numerusform>
            <numerusform>Продление %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the billing cycle of %Ln order(s) to %1</source>
        <translation>
            <numerusform>Смена периода оплаты на «%1» для %Ln заказа</numerusform>
            <numerusform>Смена периода оплаты на «%1» для %Ln заказов</numerusform>
            <numerusform>Смена периода оплаты на «%1» для %Ln заказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkReportModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <extracomment>Outcome of one order in a bulk action report</extracomment>
        <translation>✓ Готово</translation>
    </message>
    <message>
        <source>✗ Not sent</source>
        <translation>✗ Не отправлено</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ Ошибка</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Reason</source>
        <extracomment>Column header: the server&apos;s answer or why the order was not sent</extracomment>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>ChangeCycleDialog</name>
    <message>
        <source>Change billing cycle</source>
        <translation>Смена периода оплаты</translation>
    </message>
    <message>
        <source>Current cycle:</source>
        <translation>Текущий период:</translation>
    </message>
    <message>
        <source>Current billing cycle</source>
        <translation>Текущий период оплаты</translation>
    </message>
    <message>
        <source>Last paid:</source>
        <translation>Последняя оплата:</translation>
    </message>
    <message>
        <source>Price paid last time</source>
        <translation>Сумма последней оплаты</translation>
    </message>
    <message>
        <source>&amp;New cycle:</source>
        <translation>&amp;Новый период:</translation>
    </message>
    <message>
        <source>New billing cycle</source>
        <translation>Новый период оплаты</translation>
    </message>
    <message>
        <source>Promo code warning</source>
        <translation>Предупреждение о промокоде</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Load the cycles again</source>
        <translation>Загрузить периоды оплаты заново</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>Change the billing cycle</source>
        <translation>Изменить период оплаты</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Order %1 · %2</source>
        <extracomment>Dialog heading: order number, then the product</extracomment>
        <translation>Заказ %1 · %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Order %1 is not known. Refresh the list and try again.</source>
        <translation>Заказ %1 не найден. Обновите список и повторите попытку.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Loading the cycles on offer…</source>
        <translation>Загрузка доступных периодов оплаты…</translation>
    </message>
    <message>
        <source>Could not load the cycles on offer: %1</source>
        <translation>Не удалось загрузить доступные периоды оплаты: %1</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущий)</translation>
    </message>
    <message>
        <source>The catalogue does not offer %1 any more, so no other cycle can be chosen.</source>
        <translation>Продукта %1 больше нет в каталоге, поэтому выбрать другой период нельзя.</translation>
    </message>
    <message>
        <source>The catalogue offers no other cycle for this product.</source>
        <translation>В каталоге нет других периодов оплаты для этого продукта.</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Ожидание ответа сервера…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>No clear answer from the server: %1
The cycle may still have changed; refresh the order to see.</source>
        <extracomment>%1 is the error, e.g. &quot;The server did not answer within 20 seconds.&quot;</extracomment>
        <translation>Сервер не дал однозначного ответа: %1
Период оплаты мог всё же измениться; обновите заказ, чтобы проверить.</translation>
    </message>
    <message>
        <source>The server did not change the cycle: %1</source>
        <translation>Сервер не изменил период оплаты: %1</translation>
    </message>
    <message>
        <source>If the order has a promo code that is not valid for the new cycle, the server drops it and the full price of the new cycle applies.</source>
        <translation>Если промокод заказа не действует для нового периода, сервер удалит его и будет применена полная цена нового периода.</translation>
    </message>
    <message>
        <source>This order uses the promo code %1. If it is not valid for the new cycle, the server drops it and the full price of the new cycle applies.</source>
        <translation>К заказу применён промокод %1. Если он не действует для нового периода, сервер удалит его и будет применена полная цена нового периода.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Изменение…</translation>
    </message>
    <message>
        <source>The billing cycle is now %1.</source>
        <translation>Новый период оплаты: %1.</translation>
    </message>
    <message>
        <source>New price: %1 (%2 before the %3% discount).</source>
        <extracomment>New price after a cycle change: final price, price before discount, discount</extracomment>
        <translation>Новая цена: %1 (%2 без скидки %3%).</translation>
    </message>
    <message>
        <source>New price: %1.</source>
        <translation>Новая цена: %1.</translation>
    </message>
    <message>
        <source>The promo code %1 is not valid for this cycle and was dropped.</source>
        <translation>Промокод %1 не действует для этого периода и был удалён.</translation>
    </message>
</context>
<context>
    <name>ChangeDetector</name>
    <message numerus="yes">
        <source>%n new</source>
        <extracomment>Sync summary part: how many orders are new. English needs no plural form.</extracomment>
        <translation>
            <numerusform>%n новый</numerusform>
            <numerusform>%n новых</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renewed</source>
        <extracomment>Sync summary part: how many orders were renewed.</extracomment>
        <translation>
            <numerusform>%n продлён</numerusform>
            <numerusform>%n продлено</numerusform>
            <numerusform>%n продлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold</source>
        <extracomment>Sync summary part: how many orders went on hold.</extracomment>
        <translation>
            <numerusform>%n приостановлен</numerusform>
            <numerusform>%n приостановлено</numerusform>
            <numerusform>%n приостановлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <extracomment>Sync summary part: how many orders were cancelled.</extracomment>
        <translation>
            <numerusform>%n отменён</numerusform>
            <numerusform>%n отменено</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <extracomment>Sync summary part: how many orders expired.</extracomment>
        <translation>
            <numerusform>%n истёк</numerusform>
            <numerusform>%n истекло</numerusform>
            <numerusform>%n истекло</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retagged</source>
        <extracomment>Sync summary part: how many orders got another tag.</extracomment>
        <translation>
            <numerusform>%n с новым тегом</numerusform>
            <numerusform>%n с новым тегом</numerusform>
            <numerusform>%n с новым тегом</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed cycle</source>
        <extracomment>Sync summary part: how many orders changed billing cycle.</extracomment>
        <translation>
            <numerusform>%n сменил период</numerusform>
            <numerusform>%n сменили период</numerusform>
            <numerusform>%n сменили период</numerusform>
        </translation>
    </message>
    <message>
        <source>balance −%1</source>
        <extracomment>Sync summary part: the wallet balance went down by %1 (an amount of money).</extracomment>
        <translation>баланс −%1</translation>
    </message>
    <message>
        <source>balance +%1</source>
        <extracomment>Sync summary part: the wallet balance went up by %1 (an amount of money).</extracomment>
        <translation>баланс +%1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between the parts of the sync summary (&quot;3 renewed, 1 on hold&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n auto-renew change(s)</source>
        <extracomment>Sync summary part: on how many orders auto-renew was switched.</extracomment>
        <translation>
            <numerusform>%n изменение автопродления</numerusform>
            <numerusform>%n изменения автопродления</numerusform>
            <numerusform>%n изменений автопродления</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>The API key is not taken from the command line, where other users of this computer can read it. Set SHARDDESK_TOKEN instead.</source>
        <translation>API-ключ не принимается из командной строки: там его могут прочитать другие пользователи этого компьютера. Задайте переменную SHARDDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;: use table, json or csv.</source>
        <translation>Неизвестный формат «%1»: используйте table, json или csv.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Wrong number of arguments for &apos;%1&apos;.</source>
        <translation>Неверное число аргументов для «%1».</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;: use active, on-hold, cancelled or all.</source>
        <translation>Неизвестный статус «%1»: используйте active, on-hold, cancelled или all.</translation>
    </message>
    <message>
        <source>Nothing was bought: &apos;buy&apos; spends money, add --yes to confirm.</source>
        <translation>Ничего не куплено: команда «buy» списывает деньги, добавьте --yes для подтверждения.</translation>
    </message>
    <message>
        <source>Nothing was renewed: &apos;renew&apos; spends money, add --yes to confirm.</source>
        <translation>Ничего не продлено: команда «renew» списывает деньги, добавьте --yes для подтверждения.</translation>
    </message>
    <message>
        <source>Use &apos;tag ID --clear&apos; to remove a tag.</source>
        <translation>Чтобы удалить тег, используйте «tag ID --clear».</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>The outcome of the renewal is not known: check &apos;order %1&apos; before trying again.</source>
        <translation>Результат продления неизвестен: прежде чем повторять, проверьте «order %1».</translation>
    </message>
    <message>
        <source>No API key: set the SHARDDESK_TOKEN environment variable, or sign in with ShardDesk once and let it remember the key.</source>
        <translation>Нет API-ключа: задайте переменную окружения SHARDDESK_TOKEN или один раз войдите в ShardDesk и разрешите запомнить ключ.</translation>
    </message>
    <message>
        <source>Nothing was sent, so nothing was bought.</source>
        <translation>Ничего не отправлено, поэтому ничего не куплено.</translation>
    </message>
    <message>
        <source>The answer to the purchase was lost; checking the orders and the balance…</source>
        <translation>Ответ на покупку потерян; проверяем заказы и баланс…</translation>
    </message>
    <message>
        <source>Nothing was bought: the orders could not be listed first.</source>
        <translation>Ничего не куплено: не удалось сначала получить список заказов.</translation>
    </message>
    <message>
        <source>The order was made: #%1.</source>
        <translation>Заказ оформлен: №%1.</translation>
    </message>
    <message>
        <source>Found after the answer was lost</source>
        <translation>Найден после потери ответа</translation>
    </message>
    <message>
        <source>No order was made (the orders and the balance are unchanged); it is safe to try again.</source>
        <translation>Заказ не оформлен (заказы и баланс не изменились); можно безопасно попробовать снова.</translation>
    </message>
    <message>
        <source>Whether the order was made is still not known: check &apos;orders&apos; and &apos;me&apos; before trying again.</source>
        <translation>Оформлен ли заказ, по-прежнему неизвестно: проверьте &apos;orders&apos; и &apos;me&apos;, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>Order %1 was read back and is not renewed; it is safe to try again.</source>
        <translation>Заказ %1 перечитан и не продлён; можно безопасно попробовать снова.</translation>
    </message>
    <message>
        <source>Nothing was sent, so nothing was renewed.</source>
        <translation>Ничего не отправлено, поэтому ничего не продлено.</translation>
    </message>
    <message>
        <source>The answer was lost, but order %1 was renewed.</source>
        <translation>Ответ потерян, но заказ %1 продлён.</translation>
    </message>
    <message>
        <source>Nothing was renewed:</source>
        <translation>Ничего не продлено:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Предупреждение:</translation>
    </message>
    <message>
        <source>Order %1 could not be read first.</source>
        <translation>Не удалось сначала прочитать заказ %1.</translation>
    </message>
    <message>
        <source>The tag was not changed:</source>
        <translation>Тег не изменён:</translation>
    </message>
    <message>
        <source>Auto-renewal was not changed:</source>
        <translation>Автопродление не изменено:</translation>
    </message>
    <message>
        <source>The billing cycle was not changed:</source>
        <translation>Период оплаты не изменён:</translation>
    </message>
    <message>
        <source>&apos;-%1&apos; is not a valid value: order IDs and quantities are positive whole numbers.</source>
        <translation>&apos;-%1&apos; — недопустимое значение: номера заказов и количества — целые положительные числа.</translation>
    </message>
    <message>
        <source>--timeout-ms takes a positive number of milliseconds, not &apos;%1&apos;.</source>
        <translation>--timeout-ms принимает положительное число миллисекунд, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an order ID (a positive whole number), not &apos;%2&apos;.</source>
        <translation>Для &apos;%1&apos; нужен номер заказа (целое положительное число), а не &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>auto-renew takes &apos;on&apos; or &apos;off&apos;, not &apos;%1&apos;.</source>
        <translation>auto-renew принимает &apos;on&apos; или &apos;off&apos;, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;sharddesk-cli --help&apos; for the usage.</source>
        <translation>Справка по использованию: &apos;sharddesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>--quantity takes a positive whole number, not &apos;%1&apos;.</source>
        <translation>--quantity принимает целое положительное число, а не &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown product &apos;%1&apos;: choose one of %2.</source>
        <translation>Неизвестный продукт &apos;%1&apos;: выберите один из: %2.</translation>
    </message>
    <message>
        <source>Unknown billing cycle &apos;%1&apos; for %2: choose one of %3.</source>
        <translation>Неизвестный период оплаты &apos;%1&apos; для %2: выберите один из: %3.</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>Выберите один из: %1.</translation>
    </message>
    <message>
        <source>--p0f-slots takes a whole number of 0 or more, not &apos;%1&apos;.</source>
        <translation>--p0f-slots принимает целое число от 0, а не «%1».</translation>
    </message>
    <message>
        <source>Unknown proxy type &apos;%1&apos;: use standart or premium.</source>
        <translation>Неизвестный тип прокси «%1»: укажите standart или premium.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --type standart or --type premium.</source>
        <translation>Для «%1» нужен --type standart или --type premium.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a whole number of GB from 1 to %2, not &apos;%3&apos;.</source>
        <translation>«%1» принимает целое число ГБ от 1 до %2, а не «%3».</translation>
    </message>
    <message>
        <source>Sub-user %1 could not be read first.</source>
        <translation>Не удалось сначала прочитать субпользователя %1.</translation>
    </message>
    <message>
        <source>&apos;subuser&apos; needs an action: show, create, rename, delete, add-data, subtract-data or password.</source>
        <translation>Для «subuser» нужно указать действие: show, create, rename, delete, add-data, subtract-data или password.</translation>
    </message>
    <message>
        <source>Unknown subuser action &apos;%1&apos;.</source>
        <translation>Неизвестное действие subuser: «%1».</translation>
    </message>
    <message>
        <source>Nothing was created:</source>
        <translation>Ничего не создано:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sub-user id: ids are letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>«%1» — не ID субпользователя: ID состоит из букв, цифр, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Nothing was deleted: &apos;subuser delete&apos; cannot be undone, add --yes to confirm.</source>
        <translation>Ничего не удалено: действие «subuser delete» нельзя отменить, добавьте --yes для подтверждения.</translation>
    </message>
    <message>
        <source>Nothing was deleted:</source>
        <translation>Ничего не удалено:</translation>
    </message>
    <message>
        <source>The name was not changed:</source>
        <translation>Имя не изменено:</translation>
    </message>
    <message>
        <source>The password was not changed:</source>
        <translation>Пароль не изменён:</translation>
    </message>
    <message>
        <source>The traffic was not changed:</source>
        <translation>Трафик не изменён:</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Nothing was bought: &apos;add-bandwidth&apos; spends money, add --yes to confirm.</source>
        <translation>Ничего не куплено: команда «add-bandwidth» списывает деньги, добавьте --yes для подтверждения.</translation>
    </message>
    <message>
        <source>Nothing was bought: order %1 could not be read first.</source>
        <translation>Ничего не куплено: не удалось сначала прочитать заказ %1.</translation>
    </message>
    <message>
        <source>The answer was lost, but order %1 was read back: %2 GB were added.</source>
        <translation>Ответ потерян, но заказ %1 перечитан: добавлено %2 ГБ.</translation>
    </message>
    <message>
        <source>Order %1 was read back: no traffic was added and the balance is unchanged; it is safe to try again.</source>
        <translation>Заказ %1 перечитан: трафик не добавлен, баланс не изменился; можно безопасно попробовать снова.</translation>
    </message>
    <message>
        <source>Whether the traffic was added is not known: check &apos;order %1&apos; and &apos;me&apos; before trying again.</source>
        <translation>Добавлен ли трафик, неизвестно: проверьте «order %1» и «me», прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>larger than %1 MB, which no proxy list is</source>
        <translation>больше %1 МБ — списки прокси такими не бывают</translation>
    </message>
    <message>
        <source>Unknown protocol &apos;%1&apos;: use http, socks5 or both.</source>
        <translation>Неизвестный протокол «%1»: укажите http, socks5 или both.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--concurrency принимает целое число от %1 до %2, а не «%3».</translation>
    </message>
    <message>
        <source>--timeout-ms takes each proxy&apos;s timeout in milliseconds, from %1 to %2, not &apos;%3&apos;.</source>
        <translation>--timeout-ms принимает тайм-аут каждого прокси в миллисекундах, от %1 до %2, а не «%3».</translation>
    </message>
    <message>
        <source>--url takes an http:// or https:// address, not &apos;%1&apos;.</source>
        <translation>--url принимает адрес http:// или https://, а не «%1».</translation>
    </message>
    <message>
        <source>&apos;check&apos; takes order IDs or --file, not both.</source>
        <translation>«check» принимает номера заказов или --file, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>&apos;check&apos; needs order IDs, or --file FILE (&apos;-&apos; for standard input).</source>
        <translation>Для «check» нужны номера заказов или --file FILE («-» — стандартный ввод).</translation>
    </message>
    <message>
        <source>&apos;check&apos; needs order IDs (positive whole numbers), not &apos;%1&apos;.</source>
        <translation>Для «check» нужны номера заказов (целые положительные числа), а не «%1».</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>No proxies to check: no line of %1 names a proxy.</source>
        <translation>Нет прокси для проверки (%1): ни в одной строке нет адреса прокси.</translation>
    </message>
    <message>
        <source>The proxies of order %1 could not be read: %2</source>
        <translation>Не удалось получить прокси заказа %1: %2</translation>
    </message>
    <message>
        <source>Order %1 has no proxies to check.</source>
        <translation>У заказа %1 нет прокси для проверки.</translation>
    </message>
    <message>
        <source>--since takes a date (2026-03-01: from 00:00 UTC) or a date and time (2026-03-01T14:30:00, UTC unless it ends in an offset), not &apos;%1&apos;.</source>
        <translation>--since принимает дату (2026-03-01: с 00:00 UTC) или дату и время (2026-03-01T14:30:00, UTC, если не указано смещение), а не «%1».</translation>
    </message>
    <message>
        <source>Unknown activity kind &apos;%1&apos;: use %2 (several: a comma list, or --kind again).</source>
        <translation>Неизвестный вид изменения «%1»: используйте %2 (несколько — через запятую или повторив --kind).</translation>
    </message>
    <message>
        <source>--order takes an order ID (a positive whole number), not &apos;%1&apos;.</source>
        <translation>--order принимает ID заказа (целое положительное число), а не «%1».</translation>
    </message>
    <message>
        <source>No local store: this sharddesk-cli keeps none, so there is no activity to show.</source>
        <translation>Локального хранилища нет: этот sharddesk-cli его не ведёт, поэтому показывать нечего.</translation>
    </message>
    <message>
        <source>The local store could not be opened: there is no activity to show.</source>
        <translation>Не удалось открыть локальное хранилище: показывать нечего.</translation>
    </message>
    <message>
        <source>--offline answers only me, orders, order and activity: &apos;%1&apos; needs the server.</source>
        <translation>--offline отвечает только на me, orders, order и activity: для «%1» нужен сервер.</translation>
    </message>
    <message>
        <source>Nothing is stored for %1 to answer from offline: run &apos;sharddesk-cli orders&apos; once online first (or sign in with ShardDesk).</source>
        <translation>Для %1 ничего не сохранено, чтобы ответить без сети: сначала выполните &apos;sharddesk-cli orders&apos; при подключении (или войдите в ShardDesk).</translation>
    </message>
    <message>
        <source>Offline: as of %1, from the local store.</source>
        <translation>Без сети: данные на %1 из локального хранилища.</translation>
    </message>
    <message>
        <source>Order %1 is not in the local store.</source>
        <translation>Заказа %1 нет в локальном хранилище.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the server refused the request (its message on stderr)
  2  bad arguments, or a request refused before sending
  3  the API key is missing or was rejected
  4  the server could not be reached (network, timeout or 5xx), or nothing is stored to
     answer from (--offline, activity)
  5  the server&apos;s answer could not be used
  6  a purchase or renewal may have gone through: check &apos;orders&apos; and &apos;me&apos; first
  7  &apos;check&apos; ran and some proxies did not work (each row says why)
</source>
        <translation>Коды выхода:
  0  успех
  1  сервер отклонил запрос (его сообщение — в stderr)
  2  неверные аргументы или запрос отклонён до отправки
  3  API-ключ не указан или отклонён
  4  сервер недоступен (сеть, тайм-аут или 5xx) или нет сохранённых данных для ответа
     (--offline, activity)
  5  ответ сервера нельзя использовать
  6  покупка или продление могли пройти: сначала проверьте &apos;orders&apos; и &apos;me&apos;
  7  &apos;check&apos; выполнена, но часть прокси не работает (причина — в каждой строке)
</translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Signed out</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Key rejected</source>
        <translation>Ключ отклонён</translation>
    </message>
</context>
<context>
    <name>CountryStockModel</name>
    <message>
        <source>unknown</source>
        <extracomment>Stock of a country in the purchase wizard: the server did not say</extracomment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>sold out</source>
        <extracomment>Stock of a country in the purchase wizard</extracomment>
        <translation>нет в наличии</translation>
    </message>
    <message>
        <source>%1 available</source>
        <extracomment>Stock of a country in the purchase wizard; %1 is a number</extracomment>
        <translation>в наличии: %1</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Sold out in %1 right now.</source>
        <translation>%1: сейчас нет в наличии.</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>Column header in the location list of the purchase wizard</extracomment>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column header: the two-letter ISO country code</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Stock</source>
        <extracomment>Column header: how many proxies are in stock</extracomment>
        <translation>Наличие</translation>
    </message>
</context>
<context>
    <name>CycleLabel</name>
    <message>
        <source>Daily</source>
        <extracomment>A billing cycle</extracomment>
        <translation>Посуточно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <extracomment>A billing cycle</extracomment>
        <translation>Понедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>A billing cycle</extracomment>
        <translation>Помесячно</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <extracomment>A billing cycle: every three months</extracomment>
        <translation>Поквартально</translation>
    </message>
    <message>
        <source>Yearly</source>
        <extracomment>A billing cycle</extracomment>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <extracomment>A billing cycle: paid once, never expires</extracomment>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>1 day</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation>1 день</translation>
    </message>
    <message>
        <source>1 week</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation>1 неделя</translation>
    </message>
    <message>
        <source>1 month</source>
        <extracomment>A billing cycle of mobile plans</extracomment>
        <translation>1 месяц</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>&amp;Show</source>
        <translation>Показ&amp;ать</translation>
    </message>
    <message>
        <source>Order categories</source>
        <translation>Категории заказов</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>П&amp;родукт</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Фильтр по продукту</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Тег</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>По&amp;иск</translation>
    </message>
    <message>
        <source>ID, product, cycle, tag…</source>
        <translation>ID, продукт, период, тег…</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Без тега</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Все продукты</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message>
        <source>Orders from an alert</source>
        <translation>Заказы из оповещения</translation>
    </message>
    <message>
        <source>Show &amp;all orders</source>
        <translation>Показать вс&amp;е заказы</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %Ln order(s) of an alert.</source>
        <translation>
            <numerusform>Показан %Ln заказ из оповещения.</numerusform>
            <numerusform>Показаны %Ln заказа из оповещения.</numerusform>
            <numerusform>Показаны %Ln заказов из оповещения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
</context>
<context>
    <name>FreshSync</name>
    <message>
        <source>Signed out.</source>
        <translation>Вы вышли из учётной записи.</translation>
    </message>
    <message>
        <source>Loading the latest data took too long.</source>
        <translation>Загрузка актуальных данных заняла слишком много времени.</translation>
    </message>
</context>
<context>
    <name>GeoPicker</name>
    <message>
        <source>Locations this pool can target</source>
        <translation>Локации, доступные в этом пуле</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Р&amp;егион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Cop&amp;y codes</source>
        <translation>Копировать ко&amp;ды</translation>
    </message>
    <message>
        <source>Copy the chosen location codes</source>
        <translation>Копировать коды выбранной локации</translation>
    </message>
    <message>
        <source>Copy the country, region and city codes, for a proxy login or a script</source>
        <translation>Копировать коды страны, региона и города для логина прокси или скрипта</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Локации</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Не удалось загрузить список: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln place(s) listed.</source>
        <translation>
            <numerusform>В списке %Ln место.</numerusform>
            <numerusform>В списке %Ln места.</numerusform>
            <numerusform>В списке %Ln мест.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server counts %L1 places, so the list may be cut short.</source>
        <translation>Сервер насчитывает мест: %L1, поэтому список может быть неполным.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>Could not create the folder %1 for the local store.</source>
        <translation>Не удалось создать папку %1 для локального хранилища.</translation>
    </message>
    <message>
        <source>Could not open the local store %1: %2</source>
        <translation>Не удалось открыть локальное хранилище %1: %2</translation>
    </message>
    <message>
        <source>A new store could not be opened: %1</source>
        <translation>Не удалось открыть новое хранилище: %1</translation>
    </message>
    <message>
        <source>Could not prepare the local store %1: %2</source>
        <translation>Не удалось подготовить локальное хранилище %1: %2</translation>
    </message>
    <message>
        <source>The local store %1 cannot be used (%2) and could not be moved aside.</source>
        <translation>Локальное хранилище %1 нельзя использовать (%2), и его не удалось переместить.</translation>
    </message>
    <message>
        <source>The stored data could not be used (%1). It was moved to %2 and will be rebuilt from the server.</source>
        <extracomment>%1: why the file was unusable (&quot;it is damaged (…)&quot;); %2: where the old file is now.</extracomment>
        <translation>Сохранённые данные нельзя использовать (%1). Они перемещены в %2 и будут заново загружены с сервера.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to ProxyShard</source>
        <translation>Вход в ProxyShard</translation>
    </message>
    <message>
        <source>Sign in with your ProxyShard API key. You find it in the ProxyShard dashboard under API access.</source>
        <translation>Войдите с помощью API-ключа ProxyShard. Его можно найти в личном кабинете ProxyShard, в разделе доступа к API.</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;ключ:</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Вставьте API-ключ</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Дополнительно</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <source>No keychain service was found on this computer, so the key cannot be remembered. It will be kept in memory only until ShardDesk quits.</source>
        <translation>На этом компьютере не найдено хранилище ключей, поэтому ключ нельзя запомнить. Он будет храниться только в памяти до закрытия ShardDesk.</translation>
    </message>
    <message>
        <source>Enter your API key.</source>
        <translation>Введите API-ключ.</translation>
    </message>
    <message>
        <source>The server rejected this key. Check that you copied the whole key, and that it has not been revoked.</source>
        <translation>Сервер отклонил этот ключ. Убедитесь, что ключ скопирован целиком и не был отозван.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Show the key as text</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>Hide the key again</source>
        <translation>Скрыть ключ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ShardDesk</source>
        <translation>ShardDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo mode&lt;/b&gt; — a built-in server with sample data. No real key, no real money: try anything.</source>
        <translation>&lt;b&gt;Демо-режим&lt;/b&gt; — встроенный сервер с тестовыми данными. Без настоящего ключа и настоящих денег: пробуйте что угодно.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Уведомление о демо-режиме</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <source>Buy proxies (Ctrl+N)</source>
        <translation>Купить прокси (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the account and every order (F5)</source>
        <translation>Заново загрузить данные учётной записи и все заказы (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Выйти из &amp;учётной записи</translation>
    </message>
    <message>
        <source>Forget the API key and sign out</source>
        <translation>Забыть API-ключ и выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Copy order &amp;ID</source>
        <translation>Копировать &amp;ID заказа</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Копировать строки</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Копировать выбранные строки как текст с разделителями-табуляциями</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Сбросить фильтры</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Order &amp;details</source>
        <translation>&amp;Сведения о заказе</translation>
    </message>
    <message>
        <source>Load the details of the selected order</source>
        <translation>Загрузить сведения о выбранном заказе</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Go to &amp;orders</source>
        <translation>Перейти к &amp;заказам</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Filters panel</source>
        <translation>Панель &amp;фильтров</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Details &amp;panel</source>
        <translation>Панель с&amp;ведений</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;About ShardDesk</source>
        <translation>&amp;О программе ShardDesk</translation>
    </message>
    <message>
        <source>About ShardDesk</source>
        <translation>О программе ShardDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the ProxyShard User API: every order at hand, safely.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ShardDesk %1&lt;/h3&gt;&lt;p&gt;Настольный клиент для ProxyShard User API: все заказы под рукой и под защитой.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not refresh the account: %1</source>
        <translation>Не удалось обновить данные учётной записи: %1</translation>
    </message>
    <message>
        <source>ShardDesk — Demo</source>
        <translation>ShardDesk — демо</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Auto-renew &amp;on</source>
        <translation>&amp;Включить автопродление</translation>
    </message>
    <message>
        <source>Turn auto-renewal on for the selected orders (Datacenter and ISP)</source>
        <translation>Включить автопродление для выбранных заказов (Datacenter и ISP)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Auto-renew o&amp;ff</source>
        <translation>В&amp;ыключить автопродление</translation>
    </message>
    <message>
        <source>Turn auto-renewal off for the selected orders</source>
        <translation>Выключить автопродление для выбранных заказов</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Edit &amp;tag…</source>
        <translation>Изменить &amp;тег…</translation>
    </message>
    <message>
        <source>Change the tag of the selected orders; empty removes it</source>
        <translation>Изменить тег выбранных заказов; пустое значение удаляет тег</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Change billing &amp;cycle…</source>
        <translation>Изменить период &amp;оплаты…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Продлить…</translation>
    </message>
    <message>
        <source>Renew the selected orders that are on hold (spends balance)</source>
        <translation>Продлить выбранные приостановленные заказы (списание с баланса)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Show &amp;proxies…</source>
        <translation>Показать п&amp;рокси…</translation>
    </message>
    <message>
        <source>The proxies of the selected Datacenter or ISP order, ready to copy</source>
        <translation>Прокси выбранного заказа Datacenter или ISP, готовые к копированию</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Save the orders in view as CSV or JSON (Ctrl+E)</source>
        <translation>Сохранить показанные заказы в CSV или JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>Server, refresh, alerts, language and theme (Ctrl+,)</source>
        <translation>Сервер, обновление, оповещения, язык и тема (Ctrl+,)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Скопировать &amp;диагностику</translation>
    </message>
    <message>
        <source>Copy the version, system, server and recent errors for a support request. The key and passwords are left out.</source>
        <translation>Скопировать версию, систему, сервер и последние ошибки для обращения в поддержку. Ключ и пароли не включаются.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Диагностика скопирована в буфер обмена.</translation>
    </message>
    <message>
        <source>Check the &amp;server</source>
        <translation>Проверить &amp;сервер</translation>
    </message>
    <message>
        <source>Ask the server whether it is up, without the API key.</source>
        <translation>Спросить сервер, работает ли он (ключ API не нужен).</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>The server answers but reports a problem: %1</source>
        <translation>Сервер отвечает, но сообщает о неполадке: %1</translation>
    </message>
    <message>
        <source>The server is up.</source>
        <translation>Сервер работает.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Sub-users</source>
        <translation>Субпользователи</translation>
    </message>
    <message>
        <source>Go to &amp;sub-users</source>
        <translation>Перейти к суб&amp;пользователям</translation>
    </message>
    <message>
        <source>The residential sub-users: their logins and traffic (Ctrl+2)</source>
        <translation>Резидентные субпользователи: их логины и трафик (Ctrl+2)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Buy more traffic for the selected residential order (spends balance)</source>
        <translation>Докупить трафик для выбранного резидентного заказа (списание с баланса)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Chec&amp;k proxies…</source>
        <translation>Пров&amp;ерить прокси…</translation>
    </message>
    <message>
        <source>Check whether the proxies of the selected orders work</source>
        <translation>Проверить, работают ли прокси выбранных заказов</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Check a proxy &amp;list…</source>
        <translation>Проверить &amp;список прокси…</translation>
    </message>
    <message>
        <source>Check pasted or loaded proxies, one a line</source>
        <translation>Проверить вставленные или загруженные прокси, по одному в строке</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>A check is running: stop it before starting another.</source>
        <translation>Проверка уже идёт: остановите её, прежде чем начинать новую.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Go to &amp;activity</source>
        <translation>Перейти к &amp;изменениям</translation>
    </message>
    <message>
        <source>What changed between syncs: renewals, expiries, changes made elsewhere (Ctrl+3)</source>
        <translation>Что изменилось между синхронизациями: продления, истечения, изменения, сделанные в другом месте (Ctrl+3)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Since the last sync: %1</source>
        <translation>С прошлой синхронизации: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Go to o&amp;verview</source>
        <translation>Перейти к &amp;обзору</translation>
    </message>
    <message>
        <source>Where the money goes: spend per month, the auto-renewals ahead, the orders by status (Ctrl+4)</source>
        <translation>Куда уходят деньги: расходы по месяцам, предстоящие автопродления, заказы по статусам (Ctrl+4)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh every 5 minutes</source>
        <translation>&amp;Автообновление каждые 5 минут</translation>
    </message>
    <message>
        <source>A&amp;dd traffic…</source>
        <translation>&amp;Добавить трафик…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выход из учётной записи</translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation>Выйти из учётной записи %1?</translation>
    </message>
    <message>
        <source>This computer keeps the account&apos;s orders and activity, so the next start shows them at once and they can be read offline. The API key is forgotten either way.</source>
        <translation>На этом компьютере хранятся заказы и изменения учётной записи: при следующем запуске они видны сразу, и их можно смотреть без связи. API-ключ будет забыт в любом случае.</translation>
    </message>
    <message>
        <source>Sign out, keep the data</source>
        <translation>Выйти, сохранив данные</translation>
    </message>
    <message>
        <source>Sign out and forget the data</source>
        <translation>Выйти и удалить данные</translation>
    </message>
    <message numerus="yes">
        <source>Auto-&amp;refresh every %Ln minute(s)</source>
        <translation>
            <numerusform>&amp;Автообновление каждую %Ln минуту</numerusform>
            <numerusform>&amp;Автообновление каждые %Ln минуты</numerusform>
            <numerusform>&amp;Автообновление каждые %Ln минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out of this account?</source>
        <translation>Выйти из этой учётной записи?</translation>
    </message>
    <message>
        <source>The stored data could not be deleted: remove the store files in %1 by hand.</source>
        <translation>Не удалось удалить сохранённые данные: удалите файлы хранилища в %1 вручную.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline notice</source>
        <translation>Сообщение о потере связи</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Try to reach the server again</source>
        <translation>Снова попробовать связаться с сервером</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline since %1&lt;/b&gt;: the server cannot be reached.</source>
        <translation>&lt;b&gt;Нет связи с %1&lt;/b&gt;: сервер недоступен.</translation>
    </message>
    <message>
        <source>Showing the orders as of %1: search, sort and export work; buying and changes wait for the server.</source>
        <translation>Показаны заказы на %1: поиск, сортировка и экспорт работают; покупки и изменения ждут связи с сервером.</translation>
    </message>
    <message>
        <source>Nothing is stored for this account yet: it appears after the first sync.</source>
        <translation>Для этой учётной записи пока ничего не сохранено: данные появятся после первой синхронизации.</translation>
    </message>
</context>
<context>
    <name>OfflineGate</name>
    <message>
        <source>Needs the server: offline since %1</source>
        <translation>Нужен сервер: нет связи с %1</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Turn auto-renewal on</source>
        <translation>Включить автопродление</translation>
    </message>
    <message>
        <source>Renew this order now (spends balance)</source>
        <translation>Продлить этот заказ сейчас (списание с баланса)</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln order(s)</source>
        <translation>
            <numerusform>Тег для %Ln заказа</numerusform>
            <numerusform>Тег для %Ln заказов</numerusform>
            <numerusform>Тег для %Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %Ln selected order(s) (leave empty to remove their tags):</source>
        <translation>
            <numerusform>Тег для %Ln выбранного заказа (пустое значение удаляет тег):</numerusform>
            <numerusform>Тег для %Ln выбранных заказов (пустое значение удаляет тег):</numerusform>
            <numerusform>Тег для %Ln выбранных заказов (пустое значение удаляет тег):</numerusform>
        </translation>
    </message>
    <message>
        <source>Proxies of order %1</source>
        <translation>Прокси заказа %1</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Заказ %1: %2</translation>
    </message>
    <message>
        <source>Order %1 was not changed</source>
        <translation>Заказ %1 не изменён</translation>
    </message>
    <message>
        <source>Select one Standard or Premium Residential order.</source>
        <translation>Выберите один заказ Standard или Premium Residential.</translation>
    </message>
    <message>
        <source>Traffic can only be added to Standard and Premium Residential orders.</source>
        <translation>Трафик можно добавить только к заказам Standard и Premium Residential.</translation>
    </message>
    <message>
        <source>Order %1 is cancelled.</source>
        <translation>Заказ %1 отменён.</translation>
    </message>
    <message>
        <source>Traffic added to order %1.</source>
        <translation>Трафик добавлен к заказу %1.</translation>
    </message>
    <message>
        <source>Buy more traffic for this residential order (spends balance, Ctrl+Shift+G)</source>
        <translation>Купить дополнительный трафик для этого резидентного заказа (списывается с баланса, Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Check whether the proxies of the selected orders work (Ctrl+K)</source>
        <translation>Проверить, работают ли прокси выбранных заказов (Ctrl+K)</translation>
    </message>
    <message>
        <source>Select Datacenter or ISP orders: their proxies can be checked.</source>
        <translation>Выберите заказы Datacenter или ISP: их прокси можно проверить.</translation>
    </message>
</context>
<context>
    <name>OrderCategoriesModel</name>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активные</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановленные</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменённые</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %Ln day(s)</source>
        <translation>
            <numerusform>Истекают в течение %Ln дня</numerusform>
            <numerusform>Истекают в течение %Ln дней</numerusform>
            <numerusform>Истекают в течение %Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A filter category and how many orders it holds, e.g. &quot;Active (42)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln order(s)</source>
        <translation>
            <numerusform>%1, %Ln заказ</numerusform>
            <numerusform>%1, %Ln заказа</numerusform>
            <numerusform>%1, %Ln заказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetailsPanel</name>
    <message>
        <source>Order details</source>
        <translation>Сведения о заказе</translation>
    </message>
    <message>
        <source>Order details title</source>
        <translation>Заголовок сведений о заказе</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Выберите заказ, чтобы увидеть сведения о нём.</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локация:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Период оплаты:</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Период оплаты</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Истекает:</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Price paid:</source>
        <translation>Оплачено:</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Промокод:</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Автопродление:</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Автопродление</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Тег:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Order note</source>
        <translation>Примечание к заказу</translation>
    </message>
    <message>
        <source>Details loading state</source>
        <translation>Состояние загрузки сведений</translation>
    </message>
    <message>
        <source>Re&amp;load details</source>
        <translation>&amp;Обновить сведения</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load the details: %1</source>
        <translation>Не удалось загрузить сведения: %1</translation>
    </message>
    <message>
        <source>…</source>
        <comment>value not loaded yet</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Сервер не сообщил</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not available for this product</source>
        <translation>Недоступно для этого продукта</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>This order is on hold because it was not paid at expiry. Renew it within three days of expiry, or it will be cancelled.</source>
        <translation>Заказ приостановлен, так как не был оплачен к окончанию срока. Продлите его в течение трёх дней после окончания срока, иначе он будет отменён.</translation>
    </message>
    <message>
        <source>This order is cancelled and can no longer be renewed.</source>
        <translation>Заказ отменён и больше не может быть продлён.</translation>
    </message>
    <message>
        <source>Loading details…</source>
        <translation>Загрузка сведений…</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <extracomment>A date, then how far it is from now on a second line</extracomment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Renew &amp;automatically</source>
        <translation>Продлевать &amp;автоматически</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Те&amp;г:</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Без тега</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Set tag</source>
        <translation>Задать тег</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Дополнения:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Дополнения</translation>
    </message>
    <message numerus="yes">
        <source>%Ln p0f slot(s), %1 in use</source>
        <extracomment>%1 how many of the slots signed proxies occupy</extracomment>
        <translation>
            <numerusform>%Ln слот p0f, занято %1</numerusform>
            <numerusform>%Ln слота p0f, занято %1</numerusform>
            <numerusform>%Ln слотов p0f, занято %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled from the next renewal</source>
        <translation>Отменены со следующего продления</translation>
    </message>
    <message numerus="yes">
        <source>%Ln slot(s) from the next renewal</source>
        <translation>
            <numerusform>%Ln слот со следующего продления</numerusform>
            <numerusform>%Ln слота со следующего продления</numerusform>
            <numerusform>%Ln слотов со следующего продления</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>An add-on of an order: its name as the server gives it, then how many</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>p0f slots</source>
        <translation>Слоты p0f</translation>
    </message>
    <message>
        <source>%1 paid for the add-ons</source>
        <extracomment>What the order&apos;s add-ons cost when it was last paid</extracomment>
        <translation>%1 оплачено за дополнения</translation>
    </message>
    <message>
        <source>Clear tag</source>
        <translation>Очистить метку</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Auto-renewal can be changed only for Datacenter and ISP proxies.</source>
        <translation>Автопродление можно изменить только для прокси Datacenter и ISP.</translation>
    </message>
    <message>
        <source>The billing cycle can be changed only for Datacenter and ISP proxies.</source>
        <translation>Период оплаты можно изменить только для прокси Datacenter и ISP.</translation>
    </message>
    <message>
        <source>This order is cancelled and can no longer be changed.</source>
        <translation>Заказ отменён и больше не может быть изменён.</translation>
    </message>
    <message>
        <source>Only orders on hold can be renewed; active orders renew themselves or at expiry.</source>
        <translation>Продлить можно только приостановленные заказы; активные продлеваются автоматически или после окончания срока.</translation>
    </message>
    <message>
        <source>Order %1 is not known.</source>
        <translation>Заказ %1 не найден.</translation>
    </message>
    <message>
        <source>A change to order %1 is still waiting for the server.</source>
        <translation>Изменение заказа %1 ещё ожидает ответа сервера.</translation>
    </message>
    <message>
        <source>The renewal went through.</source>
        <translation>Продление выполнено.</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <source>Could not export to %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (e.g. &quot;No such file or directory&quot;)</extracomment>
        <translation>Не удалось экспортировать в %1: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>не указано имя файла</translation>
    </message>
</context>
<context>
    <name>OrderExportFlow</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>JSON, for scripts (*.json)</source>
        <translation>JSON для скриптов (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln order(s)</source>
        <translation>
            <numerusform>Экспорт %Ln заказа</numerusform>
            <numerusform>Экспорт %Ln заказов</numerusform>
            <numerusform>Экспорт %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to %1</source>
        <translation>
            <numerusform>%Ln заказ сохранён в %1</numerusform>
            <numerusform>%Ln заказа сохранены в %1</numerusform>
            <numerusform>%Ln заказов сохранены в %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>order %1 was asked for, the answer is about order %2</source>
        <extracomment>%1 and %2 are order numbers</extracomment>
        <translation>запрошен заказ %1, а ответ пришёл о заказе %2</translation>
    </message>
</context>
<context>
    <name>OrderSync</name>
    <message>
        <source>the order list did not end after %1 pages</source>
        <translation>список заказов не закончился после %1 стр.</translation>
    </message>
    <message>
        <source>a page held %1 orders where at most %2 were asked for</source>
        <translation>на странице больше заказов, чем запрошено (%1 при максимуме %2)</translation>
    </message>
    <message>
        <source>the server repeated a page of orders</source>
        <translation>сервер повторно прислал ту же страницу заказов</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>—</source>
        <comment>auto-renew not applicable</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Auto-renewal can be changed only for Datacenter and ISP proxies.</source>
        <translation>Автопродление можно изменить только для прокси Datacenter и ISP.</translation>
    </message>
    <message>
        <source>On hold: renew within three days of expiry, or the order is cancelled.</source>
        <translation>Приостановлен: продлите в течение трёх дней после окончания срока, иначе заказ будет отменён.</translation>
    </message>
    <message>
        <source>Cancelled: this order can no longer be renewed.</source>
        <translation>Отменён: этот заказ больше нельзя продлить.</translation>
    </message>
    <message>
        <source>Expires soon and does not renew itself.</source>
        <translation>Скоро истекает и не продлится автоматически.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <extracomment>Column title over &quot;On&quot;/&quot;Off&quot;: keep it short, the table must fit 1280 px</extracomment>
        <translation>Автопрод.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Quantity or price paid of an order while its details are being fetched</extracomment>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>—</source>
        <comment>details failed</comment>
        <extracomment>Quantity or price paid of an order whose details could not be fetched</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Could not load this order&apos;s details: %1</source>
        <extracomment>%1 is the reason, e.g. the server&apos;s message</extracomment>
        <translation>Не удалось загрузить сведения о заказе: %1</translation>
    </message>
    <message>
        <source>—</source>
        <comment>details not loaded, offline</comment>
        <extracomment>Quantity or price paid of an order whose details wait for the server to answer</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>OrdersTableView</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>What the charts are based on</source>
        <translation>На чём основаны графики</translation>
    </message>
    <message>
        <source>Load the missing prices</source>
        <translation>Загрузить недостающие цены</translation>
    </message>
    <message>
        <source>Copy as table</source>
        <translation>Копировать таблицей</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Расходы по месяцам</translation>
    </message>
    <message>
        <source>Auto-renewals in the next 30 days</source>
        <translation>Автопродления в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Renewals counted</source>
        <translation>Учтённые продления</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Orders by status and product</source>
        <translation>Заказы по статусам и продуктам</translation>
    </message>
    <message>
        <source>Copy as &amp;table</source>
        <translation>Копировать &amp;таблицей</translation>
    </message>
    <message>
        <source>Copy the figures of the three charts as tab-separated tables (Ctrl+Shift+C)</source>
        <translation>Скопировать данные трёх графиков таблицами с табуляцией (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Дата-центр</translation>
    </message>
    <message>
        <source>ISP</source>
        <extracomment>The ISP proxies&apos; product family</extracomment>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Residential Standard</source>
        <translation>Резидентные стандартные</translation>
    </message>
    <message>
        <source>Residential Premium</source>
        <translation>Резидентные премиум</translation>
    </message>
    <message>
        <source>Residential Unmetered</source>
        <translation>Резидентные безлимитные</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Products of no known family (mobile plans, new products)</extracomment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Stop loading prices (%1 of %2)</source>
        <translation>Остановить загрузку цен (%1 из %2)</translation>
    </message>
    <message>
        <source>Prices arrive a few at a time; the charts follow them.</source>
        <translation>Цены приходят по нескольку сразу; графики обновляются вслед за ними.</translation>
    </message>
    <message numerus="yes">
        <source>Load %n missing price(s)</source>
        <translation>
            <numerusform>Загрузить %n недостающую цену</numerusform>
            <numerusform>Загрузить %n недостающие цены</numerusform>
            <numerusform>Загрузить %n недостающих цен</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks the server for each order&apos;s details, a few at a time; ShardDesk keeps them for the next start.</source>
        <translation>Запрашивает у сервера сведения о каждом заказе, по нескольку сразу; ShardDesk сохранит их до следующего запуска.</translation>
    </message>
    <message>
        <source>The last try stopped: %1</source>
        <translation>Последняя попытка остановлена: %1</translation>
    </message>
    <message>
        <source>No orders to chart yet: the overview fills in after the first sync.</source>
        <translation>Пока нет заказов для графиков: обзор заполнится после первой синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>Spend is based on %1 of %n order(s): the others&apos; prices have not been loaded yet (the Orders page loads them as rows come into view).</source>
        <translation>
            <numerusform>Расходы посчитаны по %1 из %n заказа: цены остальных ещё не загружены (страница заказов загружает их, когда строки появляются на экране).</numerusform>
            <numerusform>Расходы посчитаны по %1 из %n заказов: цены остальных ещё не загружены (страница заказов загружает их, когда строки появляются на экране).</numerusform>
            <numerusform>Расходы посчитаны по %1 из %n заказов: цены остальных ещё не загружены (страница заказов загружает их, когда строки появляются на экране).</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend is based on the prices of all the orders.</source>
        <translation>Расходы посчитаны по ценам всех заказов.</translation>
    </message>
    <message>
        <source>Nothing spent in the last 12 months as far as ShardDesk knows: prices show once the orders&apos; details load.</source>
        <translation>Насколько известно ShardDesk, за последние 12 месяцев расходов не было: цены появятся, когда загрузятся сведения о заказах.</translation>
    </message>
    <message>
        <source>Month, %1 – %2</source>
        <extracomment>The spend chart&apos;s month axis: %1 and %2 the first and last month (&quot;Jan 2026&quot;)</extracomment>
        <translation>Месяц, %1 – %2</translation>
    </message>
    <message>
        <source>Spent, US$</source>
        <translation>Потрачено, $</translation>
    </message>
    <message>
        <source>Spend per month over the last 12 months: %1 in total; the most in %2, %3, mostly on %4.</source>
        <extracomment>The spend chart&apos;s description for screen readers: %1 the total, %2 the busiest month (&quot;November 2026&quot;), %3 its spend, %4 the product family it went to most</extracomment>
        <translation>Расходы по месяцам за последние 12 месяцев: всего %1; больше всего в месяце «%2» — %3, в основном на «%4».</translation>
    </message>
    <message>
        <source>No renewals seen yet: ShardDesk counts those it sees between syncs.</source>
        <translation>Продлений пока не замечено: ShardDesk учитывает те, что видит между синхронизациями.</translation>
    </message>
    <message numerus="yes">
        <source>Includes %n renewal(s) seen between syncs.</source>
        <translation>
            <numerusform>Включает %n продление, замеченное между синхронизациями.</numerusform>
            <numerusform>Включает %n продления, замеченных между синхронизациями.</numerusform>
            <numerusform>Включает %n продлений, замеченных между синхронизациями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Includes %n renewal(s) seen between syncs; %1 of them without a known price.</source>
        <translation>
            <numerusform>Включает %n продление, замеченное между синхронизациями; без известной цены: %1.</numerusform>
            <numerusform>Включает %n продления, замеченных между синхронизациями; без известной цены: %1.</numerusform>
            <numerusform>Включает %n продлений, замеченных между синхронизациями; без известной цены: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No auto-renewals are due in the next 30 days.</source>
        <translation>В ближайшие 30 дней автопродлений нет.</translation>
    </message>
    <message>
        <source>Due: %1. The balance is not known yet.</source>
        <translation>К оплате: %1. Баланс пока неизвестен.</translation>
    </message>
    <message>
        <source>The balance runs out on %1: %2 does not cover the %3 of renewals due by then.</source>
        <extracomment>%1 the day (&quot;14 December&quot;), %2 the balance, %3 the renewals due by that day</extracomment>
        <translation>Баланс закончится %1: %2 не покрывает %3 продлений к этой дате.</translation>
    </message>
    <message>
        <source>The balance of %1 covers the %2 of renewals due.</source>
        <translation>Баланс %1 покрывает %2 предстоящих продлений.</translation>
    </message>
    <message numerus="yes">
        <source>No known price yet for %n renewal(s).</source>
        <translation>
            <numerusform>Пока неизвестна цена %n продления.</numerusform>
            <numerusform>Пока неизвестна цена %n продлений.</numerusform>
            <numerusform>Пока неизвестна цена %n продлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due that day</source>
        <translation>К оплате в этот день</translation>
    </message>
    <message>
        <source>Due so far</source>
        <translation>Нарастающим итогом</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>US$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>Balance runs out</source>
        <translation>Баланс закончится</translation>
    </message>
    <message numerus="yes">
        <source>%n auto-renewal(s) due in the next 30 days, %1 in total. %2</source>
        <extracomment>The renewal chart&apos;s description for screen readers: %1 the total due, %2 what the balance note says</extracomment>
        <translation>
            <numerusform>%n автопродление в ближайшие 30 дней, всего %1. %2</numerusform>
            <numerusform>%n автопродления в ближайшие 30 дней, всего %1. %2</numerusform>
            <numerusform>%n автопродлений в ближайшие 30 дней, всего %1. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Заказов пока нет.</translation>
    </message>
    <message>
        <source>Other products</source>
        <translation>Другие продукты</translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation>Неизвестный продукт</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s): %1 active, %2 on hold, %3 cancelled; the most of %4 (%5).</source>
        <extracomment>The orders chart&apos;s description for screen readers: %1 active, %2 on hold, %3 cancelled (counts), %4 the product with the most orders, %5 its count</extracomment>
        <translation>
            <numerusform>%n заказ: активных %1, приостановленных %2, отменённых %3; больше всего — «%4» (%5).</numerusform>
            <numerusform>%n заказа: активных %1, приостановленных %2, отменённых %3; больше всего — «%4» (%5).</numerusform>
            <numerusform>%n заказов: активных %1, приостановленных %2, отменённых %3; больше всего — «%4» (%5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend per month (US$)</source>
        <translation>Расходы по месяцам ($)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Auto-renewals in the next 30 days (US$)</source>
        <translation>Автопродления в ближайшие 30 дней ($)</translation>
    </message>
    <message>
        <source>Balance left</source>
        <translation>Остаток баланса</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>Product</source>
        <extracomment>Column header in the product list of the purchase wizard</extracomment>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Description</source>
        <extracomment>Column header in the product list of the purchase wizard</extracomment>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>ProxiesView</name>
    <message>
        <source>Proxies of the order</source>
        <translation>Прокси заказа</translation>
    </message>
    <message>
        <source>Proxy list state</source>
        <translation>Состояние списка прокси</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <source>Load the proxies again</source>
        <translation>Загрузить прокси заново</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Copy format</source>
        <translation>Формат копирования</translation>
    </message>
    <message>
        <source>Show &amp;passwords</source>
        <translation>Показать &amp;пароли</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Показать пароли</translation>
    </message>
    <message>
        <source>Copy &amp;selected</source>
        <translation>Копировать &amp;выбранные</translation>
    </message>
    <message>
        <source>Copy the selected proxies</source>
        <translation>Копировать выбранные прокси</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Копировать вс&amp;е</translation>
    </message>
    <message>
        <source>Copy all proxies</source>
        <translation>Копировать все прокси</translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation>Со&amp;хранить в файл…</translation>
    </message>
    <message>
        <source>Save the proxies to a file</source>
        <translation>Сохранить прокси в файл</translation>
    </message>
    <message>
        <source>Copy and save feedback</source>
        <translation>Результат копирования и сохранения</translation>
    </message>
    <message>
        <source>No order selected.</source>
        <translation>Заказ не выбран.</translation>
    </message>
    <message>
        <source>Proxy lists are available only for Datacenter and ISP proxies.</source>
        <translation>Списки прокси доступны только для прокси Datacenter и ISP.</translation>
    </message>
    <message>
        <source>Loading the proxies…</source>
        <translation>Загрузка прокси…</translation>
    </message>
    <message>
        <source>The server offers no proxy list for this order: %1</source>
        <translation>Сервер не предоставляет список прокси для этого заказа: %1</translation>
    </message>
    <message>
        <source>The server no longer accepts the API key: %1</source>
        <translation>Сервер больше не принимает API-ключ: %1</translation>
    </message>
    <message>
        <source>Could not load the proxies: %1</source>
        <translation>Не удалось загрузить прокси: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proxy(s).</source>
        <translation>
            <numerusform>%Ln прокси.</numerusform>
            <numerusform>%Ln прокси.</numerusform>
            <numerusform>%Ln прокси.</numerusform>
        </translation>
    </message>
    <message>
        <source>This order is not active, so it has no working proxies.</source>
        <translation>Заказ не активен, поэтому рабочих прокси у него нет.</translation>
    </message>
    <message>
        <source>No proxies yet. New or renewed proxies take a minute or two to appear.</source>
        <translation>Прокси пока нет. Новые или продлённые прокси появляются через минуту-другую.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln proxy(s) as %1.</source>
        <extracomment>%1 is the format, e.g. ip:port:user:pass</extracomment>
        <translation>
            <numerusform>Скопирован %Ln прокси в формате %1.</numerusform>
            <numerusform>Скопировано %Ln прокси в формате %1.</numerusform>
            <numerusform>Скопировано %Ln прокси в формате %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln proxy(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %Ln прокси в файл %1.</numerusform>
            <numerusform>Сохранено %Ln прокси в файл %1.</numerusform>
            <numerusform>Сохранено %Ln прокси в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save proxies</source>
        <translation>Сохранение прокси</translation>
    </message>
    <message>
        <source>Chec&amp;k them</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Check whether these proxies work</source>
        <translation>Проверить, работают ли эти прокси</translation>
    </message>
</context>
<context>
    <name>ProxyCheckDialog</name>
    <message>
        <source>Check proxies</source>
        <translation>Проверка прокси</translation>
    </message>
    <message>
        <source>Proxies to check</source>
        <translation>Прокси для проверки</translation>
    </message>
    <message>
        <source>&amp;Proxies, one a line (ip:port:user:pass, user:pass@ip:port, http://…, socks5://…):</source>
        <translation>&amp;Список прокси, по одному в строке (ip:port:user:pass, user:pass@ip:port, http://…, socks5://…):</translation>
    </message>
    <message>
        <source>Proxy list</source>
        <translation>Список прокси</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Загрузить из файла…</translation>
    </message>
    <message>
        <source>Load the proxy list from a file</source>
        <translation>Загрузить список прокси из файла</translation>
    </message>
    <message>
        <source>Lines that could not be read</source>
        <translation>Строки, которые не удалось прочитать</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Протоко&amp;л:</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>Одно&amp;временно:</translation>
    </message>
    <message>
        <source>Checks at once</source>
        <translation>Число одновременных проверок</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <source>Timeout per proxy in milliseconds</source>
        <translation>Тайм-аут на один прокси, мс</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ад&amp;рес проверки:</translation>
    </message>
    <message>
        <source>Target address that echoes the caller&apos;s IP</source>
        <translation>Адрес, возвращающий IP-адрес клиента</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Начать проверку</translation>
    </message>
    <message>
        <source>Stop the check</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <source>Check the failed ones again</source>
        <translation>Ещё раз проверить нерабочие прокси</translation>
    </message>
    <message>
        <source>Check progress</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Check summary</source>
        <translation>Итог проверки</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Показ&amp;ать:</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Какие результаты показывать</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Format of the copied proxies</source>
        <translation>Формат копируемых прокси</translation>
    </message>
    <message>
        <source>Copy the working proxies</source>
        <translation>Копировать рабочие прокси</translation>
    </message>
    <message>
        <source>Save the working proxies to a file</source>
        <translation>Сохранить рабочие прокси в файл</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Check &amp;failed again</source>
        <translation>&amp;Перепроверить нерабочие</translation>
    </message>
    <message>
        <source>&amp;Copy working</source>
        <translation>&amp;Копировать рабочие</translation>
    </message>
    <message>
        <source>Save &amp;working…</source>
        <translation>Со&amp;хранить рабочие…</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>HTTP and SOCKS5</source>
        <translation>HTTP и SOCKS5</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Нерабочие</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Рабочие</translation>
    </message>
    <message>
        <source>The demo checks against its own address echo.</source>
        <translation>В демо-режиме проверка идёт через встроенный адрес, возвращающий IP.</translation>
    </message>
    <message>
        <source>Paste proxies or load a file, then press Start.</source>
        <translation>Вставьте прокси или загрузите файл, затем нажмите «Начать».</translation>
    </message>
    <message numerus="yes">
        <source>Loading the proxies of %n order(s)…</source>
        <translation>
            <numerusform>Загрузка прокси %n заказа…</numerusform>
            <numerusform>Загрузка прокси %n заказов…</numerusform>
            <numerusform>Загрузка прокси %n заказов…</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1: %2</source>
        <translation>заказ %1: %2</translation>
    </message>
    <message>
        <source>Not checked — %1</source>
        <translation>Не проверено — %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n line(s) — %1</source>
        <translation>
            <numerusform>Пропущена %n строка — %1</numerusform>
            <numerusform>Пропущены %n строки — %1</numerusform>
            <numerusform>Пропущено %n строк — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proxy check(s) from the list</source>
        <translation>
            <numerusform>%n проверка прокси из списка</numerusform>
            <numerusform>%n проверки прокси из списка</numerusform>
            <numerusform>%n проверок прокси из списка</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no proxy to check.</source>
        <translation>Нет прокси для проверки.</translation>
    </message>
    <message>
        <source>No working proxy can be written in this format.</source>
        <translation>Ни один рабочий прокси нельзя записать в этом формате.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n working proxy(s).</source>
        <translation>
            <numerusform>Скопирован %n рабочий прокси.</numerusform>
            <numerusform>Скопировано %n рабочих прокси.</numerusform>
            <numerusform>Скопировано %n рабочих прокси.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln working proxy(s) to %1.</source>
        <translation>
            <numerusform>Сохранён %Ln рабочий прокси в файл %1.</numerusform>
            <numerusform>Сохранено %Ln рабочих прокси в файл %1.</numerusform>
            <numerusform>Сохранено %Ln рабочих прокси в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save working proxies</source>
        <translation>Сохранение рабочих прокси</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Load a proxy list</source>
        <translation>Загрузка списка прокси</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv)</source>
        <translation>Текстовые файлы (*.txt *.csv)</translation>
    </message>
    <message>
        <source>%1 is too large for a proxy list.</source>
        <translation>Файл %1 слишком велик для списка прокси.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n proxy check(s)</source>
        <translation>
            <numerusform>%n проверка прокси</numerusform>
            <numerusform>%n проверки прокси</numerusform>
            <numerusform>%n проверок прокси</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>across %n order(s)</source>
        <translation>
            <numerusform>в %n заказе</numerusform>
            <numerusform>в %n заказах</numerusform>
            <numerusform>в %n заказах</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxyCheckModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключ.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Exit IP</source>
        <translation>Выходной IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ProxyCheckResult</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Wrong user or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Соединение отклонено</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Хост не найден</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Ошибка TLS</translation>
    </message>
    <message>
        <source>Bad answer</source>
        <translation>Плохой ответ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>ProxyCheckSummary</name>
    <message>
        <source>No proxies to check.</source>
        <translation>Нет прокси для проверки.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n: %2 work</source>
        <translation>
            <numerusform>Проверено %1 из %n, рабочих: %2</numerusform>
            <numerusform>Проверено %1 из %n, рабочих: %2</numerusform>
            <numerusform>Проверено %1 из %n, рабочих: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n work</source>
        <translation>
            <numerusform>Рабочих: %1 из %n</numerusform>
            <numerusform>Рабочих: %1 из %n</numerusform>
            <numerusform>Рабочих: %1 из %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, median %1 ms</source>
        <translation>, медиана %1 мс</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1, %n not checked</source>
        <translation>
            <numerusform>Остановлено: %1, %n не проверен</numerusform>
            <numerusform>Остановлено: %1, %n не проверены</numerusform>
            <numerusform>Остановлено: %1, %n не проверено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProxyChecker</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Нет ответа за %1 мс</translation>
    </message>
    <message>
        <source>The answer was larger than an IP echo can be</source>
        <translation>Ответ слишком большой для эха IP-адреса</translation>
    </message>
    <message>
        <source>The target answered %1 %2</source>
        <translation>Адрес проверки ответил: %1 %2</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password (%1)</source>
        <translation>Прокси отклонил логин или пароль (%1)</translation>
    </message>
</context>
<context>
    <name>ProxyEndpoint</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
</context>
<context>
    <name>ProxyFileSave</name>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
</context>
<context>
    <name>ProxyFormat</name>
    <message>
        <source>ip:port:user:pass</source>
        <translation>ip:port:user:pass</translation>
    </message>
    <message>
        <source>user:pass@ip:port</source>
        <translation>user:pass@ip:port</translation>
    </message>
    <message>
        <source>http://user:pass@ip:port</source>
        <translation>http://user:pass@ip:port</translation>
    </message>
    <message>
        <source>socks5://user:pass@ip:port</source>
        <translation>socks5://user:pass@ip:port</translation>
    </message>
</context>
<context>
    <name>ProxyListText</name>
    <message>
        <source>an IPv6 address without its closing ]</source>
        <translation>IPv6-адрес без закрывающей ]</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>нет порта</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>нет адреса</translation>
    </message>
    <message>
        <source>the port is not a number from 1 to 65535</source>
        <translation>порт — не число от 1 до 65535</translation>
    </message>
    <message>
        <source>the address is not a host name or an IP address</source>
        <translation>адрес — не имя хоста и не IP-адрес</translation>
    </message>
    <message>
        <source>an unknown scheme &quot;%1&quot; (http or socks5)</source>
        <translation>неизвестная схема «%1» (нужна http или socks5)</translation>
    </message>
    <message>
        <source>not a proxy address</source>
        <translation>не адрес прокси</translation>
    </message>
    <message>
        <source>text after the port</source>
        <translation>лишний текст после порта</translation>
    </message>
    <message>
        <source>a user name without a password</source>
        <translation>логин без пароля</translation>
    </message>
    <message>
        <source>more than %1 lines: the rest was not read</source>
        <translation>больше %1 строк: остальные не прочитаны</translation>
    </message>
</context>
<context>
    <name>ProxyTableModel</name>
    <message>
        <source>Password hidden</source>
        <translation>Пароль скрыт</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP-порт</translation>
    </message>
    <message>
        <source>SOCKS port</source>
        <translation>SOCKS-порт</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Column header: the proxy works until this date</extracomment>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No p0f signature</source>
        <translation>Нет подписи p0f</translation>
    </message>
    <message>
        <source>p0f signature</source>
        <extracomment>Column header: the proxy&apos;s p0f (passive OS fingerprint) signature</extracomment>
        <translation>Подпись p0f</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>Column header: what the last proxy check found</extracomment>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PurchaseCyclePage</name>
    <message>
        <source>Choose a billing cycle</source>
        <translation>Выберите период оплаты</translation>
    </message>
    <message>
        <source>How long one payment lasts.</source>
        <translation>На какой срок действует одна оплата.</translation>
    </message>
    <message>
        <source>Billing &amp;cycles offered:</source>
        <translation>Доступные &amp;периоды оплаты:</translation>
    </message>
    <message>
        <source>Billing cycles</source>
        <translation>Периоды оплаты</translation>
    </message>
    <message>
        <source>Billing cycle note</source>
        <translation>Примечание о периоде оплаты</translation>
    </message>
    <message>
        <source>The server offers no billing cycle for this choice.</source>
        <translation>Для этого выбора сервер не предлагает ни одного периода оплаты.</translation>
    </message>
    <message>
        <source>Cycles offered for %1 in %2.</source>
        <extracomment>%1 is a product, %2 a country</extracomment>
        <translation>Периоды оплаты для %1 (%2).</translation>
    </message>
    <message>
        <source>Cycles offered for %1.</source>
        <translation>Периоды оплаты для %1.</translation>
    </message>
</context>
<context>
    <name>PurchaseLocationPage</name>
    <message>
        <source>Choose a location</source>
        <translation>Выберите локацию</translation>
    </message>
    <message>
        <source>The country your proxies will be in. Sold-out countries cannot be chosen.</source>
        <translation>Страна, в которой будут ваши прокси. Страны, где прокси нет в наличии, выбрать нельзя.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Поиск стран</translation>
    </message>
    <message>
        <source>Country name or code</source>
        <translation>Название или код страны</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>Countries with the number of proxies in stock</source>
        <translation>Страны с количеством прокси в наличии</translation>
    </message>
    <message>
        <source>Stock status</source>
        <translation>Состояние наличия</translation>
    </message>
    <message>
        <source>Re&amp;fresh stock</source>
        <translation>&amp;Обновить наличие</translation>
    </message>
    <message>
        <source>Refresh stock</source>
        <translation>Обновить наличие</translation>
    </message>
    <message>
        <source>Checking the stock…</source>
        <translation>Проверка наличия…</translation>
    </message>
    <message>
        <source>Stock as of now. Sold-out countries cannot be chosen.</source>
        <translation>Наличие на текущий момент. Страны, где прокси нет в наличии, выбрать нельзя.</translation>
    </message>
    <message>
        <source>The stock could not be loaded (%1). You can still choose; the server checks the stock when you pay.</source>
        <translation>Не удалось загрузить наличие (%1). Выбрать страну всё равно можно: сервер проверит наличие при оплате.</translation>
    </message>
</context>
<context>
    <name>PurchaseOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>How many, a promo code if you have one, and renewal.</source>
        <translation>Количество, промокод (если есть) и продление.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Количество:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Quantity available</source>
        <translation>Доступное количество</translation>
    </message>
    <message>
        <source>P&amp;romo code:</source>
        <translation>&amp;Промокод:</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <source>Chec&amp;k code</source>
        <translation>П&amp;роверить код</translation>
    </message>
    <message>
        <source>Check the promo code</source>
        <translation>Проверить промокод</translation>
    </message>
    <message>
        <source>Promo code status</source>
        <translation>Состояние промокода</translation>
    </message>
    <message>
        <source>Renew &amp;automatically at the end of each period</source>
        <translation>&amp;Автоматически продлевать в конце каждого периода</translation>
    </message>
    <message>
        <source>Renew automatically</source>
        <translation>Продлевать автоматически</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка промокода…</translation>
    </message>
    <message>
        <source>up to %1 in stock in %2</source>
        <extracomment>%1 is a number of proxies, %2 a country&apos;s name (&quot;GB&quot; alone read as gigabytes)</extracomment>
        <translation>в наличии до %1 шт. (%2)</translation>
    </message>
    <message>
        <source>Checking the price…</source>
        <translation>Проверка цены…</translation>
    </message>
    <message>
        <source>%1 (instead of %2, %3 % off)</source>
        <extracomment>%1 the price to pay, %2 the price before the discount, %3 the discount in percent</extracomment>
        <translation>%1 (вместо %2, скидка %3 %)</translation>
    </message>
    <message>
        <source>%1 is valid: %2 % off.</source>
        <extracomment>%1 a promo code, %2 a percentage</extracomment>
        <translation>Промокод %1 действует: скидка %2 %.</translation>
    </message>
    <message>
        <source>Correct or clear the promo code to see the price.</source>
        <translation>Исправьте или удалите промокод, чтобы увидеть цену.</translation>
    </message>
    <message>
        <source>Not known in advance: this server does not preview prices. The amount is taken from your balance when you buy.</source>
        <translation>Заранее неизвестна: этот сервер не показывает цены до покупки. Сумма списывается с баланса при покупке.</translation>
    </message>
    <message>
        <source>The server checks the code when you buy.</source>
        <translation>Сервер проверит промокод при покупке.</translation>
    </message>
    <message>
        <source>The price could not be checked (%1). It is checked again before you pay.</source>
        <translation>Не удалось проверить цену (%1). Она будет проверена ещё раз перед оплатой.</translation>
    </message>
    <message>
        <source>p&amp;0f slots:</source>
        <translation>Слоты p&amp;0f:</translation>
    </message>
    <message>
        <source>p0f slots</source>
        <translation>Слоты p0f</translation>
    </message>
    <message>
        <source>Signature slots for p0f passive fingerprinting, at most one per proxy</source>
        <translation>Слоты подписи для пассивного отпечатка p0f, не больше одного на прокси</translation>
    </message>
    <message>
        <source>A p0f slot gives one proxy a passive OS fingerprint signature. Optional, paid per slot and period.</source>
        <translation>Слот p0f даёт одному прокси подпись пассивного отпечатка ОС. Необязательно, оплачивается за каждый слот и период.</translation>
    </message>
    <message>
        <source>optional, at most one per proxy</source>
        <translation>необязательно, не больше одного на прокси</translation>
    </message>
    <message>
        <source>%1 in all: %2 for the proxies and %3 for the p0f slots</source>
        <extracomment>%1 the total, %2 the proxies&apos; price (with any discount), %3 the p0f slots&apos; price</extracomment>
        <translation>Всего %1: %2 за прокси и %3 за слоты p0f</translation>
    </message>
</context>
<context>
    <name>PurchaseProductPage</name>
    <message>
        <source>Choose a product</source>
        <translation>Выберите продукт</translation>
    </message>
    <message>
        <source>Everything ProxyShard sells right now. Double-click a product or press Next.</source>
        <translation>Всё, что ProxyShard продаёт сейчас. Дважды щёлкните продукт или нажмите «Далее».</translation>
    </message>
    <message>
        <source>&amp;Products:</source>
        <translation>&amp;Продукты:</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <source>Products on sale, with their descriptions</source>
        <translation>Продукты в продаже с описаниями</translation>
    </message>
    <message>
        <source>Catalogue status</source>
        <translation>Состояние каталога</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <source>Retry loading the products</source>
        <translation>Повторить загрузку продуктов</translation>
    </message>
    <message>
        <source>Loading the products on sale…</source>
        <translation>Загрузка продуктов в продаже…</translation>
    </message>
    <message>
        <source>The server lists no products for sale right now.</source>
        <translation>Сейчас на сервере нет продуктов в продаже.</translation>
    </message>
    <message>
        <source>The products could not be loaded: %1</source>
        <translation>Не удалось загрузить продукты: %1</translation>
    </message>
</context>
<context>
    <name>PurchaseRequest</name>
    <message>
        <source>Choose a product.</source>
        <translation>Выберите продукт.</translation>
    </message>
    <message>
        <source>%1 needs a location.</source>
        <translation>Для %1 нужно указать локацию.</translation>
    </message>
    <message>
        <source>%1 needs a billing cycle.</source>
        <translation>Для %1 нужно указать период оплаты.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>The number of p0f slots cannot be negative.</source>
        <translation>Число слотов p0f не может быть отрицательным.</translation>
    </message>
    <message>
        <source>%1 takes no p0f slots: they are sold with Datacenter and ISP proxies.</source>
        <translation>Для %1 слоты p0f не продаются: они бывают только у прокси Datacenter и ISP.</translation>
    </message>
</context>
<context>
    <name>PurchaseResultPage</name>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What became of the order. Nothing is sent again from this page on its own.</source>
        <translation>Что стало с заказом. Сама по себе эта страница ничего повторно не отправляет.</translation>
    </message>
    <message>
        <source>Purchase result</source>
        <translation>Результат покупки</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Ожидание ответа сервера</translation>
    </message>
    <message>
        <source>Purchase details</source>
        <translation>Подробности покупки</translation>
    </message>
    <message>
        <source>Go back and change</source>
        <translation>Вернуться и изменить</translation>
    </message>
    <message>
        <source>&amp;Review and try again</source>
        <translation>Проверить и п&amp;овторить</translation>
    </message>
    <message>
        <source>Review and try again</source>
        <translation>Проверить и повторить</translation>
    </message>
    <message>
        <source>&amp;Check orders again</source>
        <translation>Проверить &amp;заказы ещё раз</translation>
    </message>
    <message>
        <source>Check the orders again</source>
        <translation>Проверить заказы ещё раз</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Sending the order…</source>
        <translation>Отправка заказа…</translation>
    </message>
    <message>
        <source>The order is sent once and never re-sent automatically. Please wait for the server&apos;s answer.</source>
        <translation>Заказ отправляется один раз и никогда не отправляется повторно автоматически. Дождитесь ответа сервера.</translation>
    </message>
    <message>
        <source>Order placed</source>
        <translation>Заказ оформлен</translation>
    </message>
    <message>
        <source>Order %1 is placed.</source>
        <extracomment>%1 is an order number</extracomment>
        <translation>Заказ %1 оформлен.</translation>
    </message>
    <message>
        <source>%1

The order is selected in your order list once it has reloaded. New proxies can take a minute or two to appear.</source>
        <translation>%1

Заказ будет выделен в списке заказов после его обновления. Новые прокси могут появиться через минуту-другую.</translation>
    </message>
    <message>
        <source>Checking the outcome</source>
        <translation>Проверка результата</translation>
    </message>
    <message>
        <source>The outcome is not known yet.</source>
        <translation>Результат пока неизвестен.</translation>
    </message>
    <message>
        <source>%1

ShardDesk does not send the order again. It is reloading your orders and balance to see whether the order went through…</source>
        <translation>%1

ShardDesk не отправляет заказ повторно. Сейчас заново загружаются заказы и баланс, чтобы проверить, прошёл ли заказ…</translation>
    </message>
    <message>
        <source>Order refused</source>
        <translation>Заказ отклонён</translation>
    </message>
    <message>
        <source>The server refused the order. Nothing was charged.</source>
        <translation>Сервер отклонил заказ. Деньги не списаны.</translation>
    </message>
    <message>
        <source>Top up your ProxyShard balance, or buy less.</source>
        <translation>Пополните баланс ProxyShard или уменьшите количество.</translation>
    </message>
    <message>
        <source>Choose another country or a smaller quantity.</source>
        <translation>Выберите другую страну или меньшее количество.</translation>
    </message>
    <message>
        <source>Correct the promo code or clear it.</source>
        <translation>Исправьте или удалите промокод.</translation>
    </message>
    <message>
        <source>Choose another billing cycle.</source>
        <translation>Выберите другой период оплаты.</translation>
    </message>
    <message>
        <source>Sign in again with a valid API key, then review the order and pay again.</source>
        <translation>Войдите снова с действующим API-ключом, затем проверьте заказ и оплатите ещё раз.</translation>
    </message>
    <message>
        <source>The server says: %1

%2</source>
        <extracomment>%1 the server&apos;s own message, %2 a hint what to do</extracomment>
        <translation>Ответ сервера: %1

%2</translation>
    </message>
    <message>
        <source>Change the &amp;location</source>
        <translation>Изменить &amp;локацию</translation>
    </message>
    <message>
        <source>Change the billing &amp;cycle</source>
        <translation>Изменить &amp;период оплаты</translation>
    </message>
    <message>
        <source>Change the &amp;options</source>
        <translation>Изменить п&amp;араметры</translation>
    </message>
    <message>
        <source>Back to the &amp;review</source>
        <translation>&amp;Вернуться к проверке</translation>
    </message>
    <message>
        <source>Your balance is unchanged at %1.</source>
        <translation>Баланс не изменился: %1.</translation>
    </message>
    <message>
        <source>Your balance went down by %1 to %2.</source>
        <extracomment>%1 an amount of money, %2 the new balance</extracomment>
        <translation>Баланс уменьшился на %1 и составляет %2.</translation>
    </message>
    <message>
        <source>Your balance went up by %1 to %2.</source>
        <extracomment>%1 an amount of money, %2 the new balance</extracomment>
        <translation>Баланс увеличился на %1 и составляет %2.</translation>
    </message>
    <message>
        <source>Your balance could not be compared.</source>
        <translation>Не удалось сравнить баланс.</translation>
    </message>
    <message>
        <source>The order went through: order %1.</source>
        <translation>Заказ прошёл: номер %1.</translation>
    </message>
    <message>
        <source>%1

Your reloaded order list shows a new %2 order (%3). %4

Nothing was sent twice.</source>
        <extracomment>%1 a sentence, %2 a product, %3 order numbers, %4 a sentence about the balance</extracomment>
        <translation>%1

В обновлённом списке заказов появился новый заказ %2 (%3). %4

Ничего не было отправлено дважды.</translation>
    </message>
    <message>
        <source>No order was made</source>
        <translation>Заказ не создан</translation>
    </message>
    <message>
        <source>The order did not go through.</source>
        <translation>Заказ не прошёл.</translation>
    </message>
    <message>
        <source>%1

Your reloaded order list has no new %2 order. %3

You can review the order and try again.</source>
        <translation>%1

В обновлённом списке заказов нет нового заказа %2. %3

Можно проверить заказ и повторить попытку.</translation>
    </message>
    <message>
        <source>Outcome not known</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>It is still not known whether the order went through.</source>
        <translation>Пока неизвестно, прошёл ли заказ.</translation>
    </message>
    <message>
        <source>Your orders could not be reloaded: %1</source>
        <translation>Не удалось заново загрузить заказы: %1</translation>
    </message>
    <message>
        <source>Your orders had not been loaded before paying, so new ones cannot be told apart.</source>
        <translation>Заказы не были загружены до оплаты, поэтому новые нельзя отличить от прежних.</translation>
    </message>
    <message>
        <source>No new %1 order is listed, but money left your wallet.</source>
        <translation>Нового заказа %1 в списке нет, но деньги с баланса списаны.</translation>
    </message>
    <message>
        <source>%1

%2 %3

To avoid paying twice, do not buy again until you know. Check again in a minute, or look at your orders in ProxyShard.</source>
        <translation>%1

%2 %3

Чтобы не заплатить дважды, не покупайте снова, пока результат не прояснится. Проверьте ещё раз через минуту или посмотрите заказы в личном кабинете ProxyShard.</translation>
    </message>
</context>
<context>
    <name>PurchaseReviewPage</name>
    <message>
        <source>Review and pay</source>
        <translation>Проверка и оплата</translation>
    </message>
    <message>
        <source>Nothing is charged until you press the pay button. It sends exactly one order.</source>
        <translation>Деньги не списываются, пока вы не нажмёте кнопку оплаты. Она отправляет ровно один заказ.</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Продукт:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локация:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Локация</translation>
    </message>
    <message>
        <source>Billing cycle:</source>
        <translation>Период оплаты:</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Период оплаты</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Промокод:</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Промокод</translation>
    </message>
    <message>
        <source>Auto-renew:</source>
        <translation>Автопродление:</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Автопродление</translation>
    </message>
    <message>
        <source>Price before discount:</source>
        <translation>Цена без скидки:</translation>
    </message>
    <message>
        <source>Price before discount</source>
        <translation>Цена без скидки</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>&lt;b&gt;To pay:&lt;/b&gt;</source>
        <translation>&lt;b&gt;К оплате:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Wallet balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Balance after paying:</source>
        <translation>Баланс после оплаты:</translation>
    </message>
    <message>
        <source>Balance after paying</source>
        <translation>Баланс после оплаты</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Сообщение проверки</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;снова</translation>
    </message>
    <message>
        <source>Check the price and balance again</source>
        <translation>Проверить цену и баланс снова</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a country name, %2 its ISO code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lifetime (paid once)</source>
        <translation>Бессрочно (разовая оплата)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>not known in advance</source>
        <translation>заранее неизвестно</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>%1 % (−%2)</source>
        <translation>%1 % (−%2)</translation>
    </message>
    <message>
        <source>Checking the price and your balance…</source>
        <translation>Проверка цены и баланса…</translation>
    </message>
    <message>
        <source>Your balance or your order list could not be loaded: %1 ShardDesk needs both to check the purchase afterwards.</source>
        <translation>Не удалось загрузить баланс или список заказов: %1 ShardDesk нужны и баланс, и заказы, чтобы проверить покупку после оплаты.</translation>
    </message>
    <message>
        <source>Not enough money in your wallet: the order costs %1, the balance is %2. Top up your ProxyShard balance, or go back and buy less.</source>
        <translation>Недостаточно средств на балансе: заказ стоит %1, на балансе %2. Пополните баланс ProxyShard или вернитесь назад и уменьшите количество.</translation>
    </message>
    <message>
        <source>The price is not known in advance: this server does not preview prices. Buying takes the price from your balance; the result shows the order.</source>
        <translation>Цена заранее неизвестна: этот сервер не показывает цены до покупки. При покупке сумма будет списана с баланса; заказ появится на странице результата.</translation>
    </message>
    <message>
        <source>Press “Pay %1” to buy. Exactly one order is sent.</source>
        <translation>Нажмите «Оплатить %1», чтобы купить. Будет отправлен ровно один заказ.</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Оплатить %1</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Оплатить</translation>
    </message>
    <message>
        <source>&amp;Buy without a price preview</source>
        <translation>Купить &amp;без предварительного расчёта цены</translation>
    </message>
    <message>
        <source>Buy without a price preview</source>
        <translation>Купить без предварительного расчёта цены</translation>
    </message>
    <message>
        <source>The server charges its current price for the order shown above</source>
        <translation>Сервер спишет свою текущую цену за заказ, показанный выше</translation>
    </message>
    <message>
        <source>The server did not preview this order: %1</source>
        <translation>Сервер не рассчитал цену этого заказа: %1</translation>
    </message>
    <message>
        <source>The price could not be previewed: %1</source>
        <translation>Не удалось заранее рассчитать цену: %1</translation>
    </message>
    <message>
        <source>You can still buy the order shown above: the server charges its current price and refuses the order if it cannot be made. Tick “Buy without a price preview” to confirm.</source>
        <translation>Заказ, показанный выше, всё равно можно купить: сервер спишет свою текущую цену и откажет, если заказ невозможен. Отметьте «Купить без предварительного расчёта цены», чтобы подтвердить.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>p0f slots:</source>
        <translation>Слоты p0f:</translation>
    </message>
    <message>
        <source>p0f slots</source>
        <translation>Слоты p0f</translation>
    </message>
    <message>
        <source>Add-ons:</source>
        <translation>Дополнения:</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>Дополнения</translation>
    </message>
</context>
<context>
    <name>PurchaseWizard</name>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>never</source>
        <comment>expiry of an order that does not expire</comment>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>менее чем через минуту</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln minute(s)</source>
        <translation>
            <numerusform>через %Ln минуту</numerusform>
            <numerusform>через %Ln минуты</numerusform>
            <numerusform>через %Ln минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln минуту назад</numerusform>
            <numerusform>%Ln минуты назад</numerusform>
            <numerusform>%Ln минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln hour(s)</source>
        <translation>
            <numerusform>через %Ln час</numerusform>
            <numerusform>через %Ln часа</numerusform>
            <numerusform>через %Ln часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln час назад</numerusform>
            <numerusform>%Ln часа назад</numerusform>
            <numerusform>%Ln часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>через %Ln день</numerusform>
            <numerusform>через %Ln дня</numerusform>
            <numerusform>через %Ln дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln день назад</numerusform>
            <numerusform>%Ln дня назад</numerusform>
            <numerusform>%Ln дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <source>Renew orders</source>
        <translation>Продление заказов</translation>
    </message>
    <message>
        <source>Orders to renew</source>
        <translation>Заказы для продления</translation>
    </message>
    <message>
        <source>Orders left out</source>
        <translation>Пропущенные заказы</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Общая сумма</translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation>Текущий баланс:</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Баланс после:</translation>
    </message>
    <message>
        <source>Balance after renewing</source>
        <translation>Баланс после продления</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>The price is taken from your balance at once. Each renewal is sent once and never retried by itself.</source>
        <translation>Сумма списывается с баланса сразу. Каждое продление отправляется один раз и никогда не повторяется автоматически.</translation>
    </message>
    <message>
        <source>Order %1 is not known.</source>
        <translation>Заказ %1 не найден.</translation>
    </message>
    <message>
        <source>Renew the checked orders</source>
        <translation>Продлить отмеченные заказы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>Renew %Ln order(s)</source>
        <translation>
            <numerusform>Продлить %Ln заказ</numerusform>
            <numerusform>Продлить %Ln заказа</numerusform>
            <numerusform>Продлить %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the selected orders can be renewed: only orders on hold can.</source>
        <translation>Ни один из выбранных заказов нельзя продлить: продлить можно только приостановленные.</translation>
    </message>
    <message>
        <source>Renew these orders now? Uncheck the ones to leave as they are.</source>
        <translation>Продлить эти заказы сейчас? Снимите отметку с тех, которые продлевать не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected order(s) are not on hold and are left out: %1.</source>
        <translation>
            <numerusform>%Ln выбранный заказ не приостановлен и пропущен: %1.</numerusform>
            <numerusform>%Ln выбранных заказа не приостановлены и пропущены: %1.</numerusform>
            <numerusform>%Ln выбранных заказов не приостановлены и пропущены: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Renew %Ln order(s)</source>
        <translation>
            <numerusform>&amp;Продлить %Ln заказ</numerusform>
            <numerusform>&amp;Продлить %Ln заказа</numerusform>
            <numerusform>&amp;Продлить %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Продлить</translation>
    </message>
    <message numerus="yes">
        <source>Not known: the price of %Ln order(s) has not loaded</source>
        <translation>
            <numerusform>Неизвестно: нет цены для %Ln заказа</numerusform>
            <numerusform>Неизвестно: нет цены для %Ln заказов</numerusform>
            <numerusform>Неизвестно: нет цены для %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Your balance is %1 short of the total. The server refuses each renewal it cannot pay for: top up first, or renew fewer orders.</source>
        <translation>До общей суммы на балансе не хватает %1. Сервер отклонит каждое продление, которое нельзя оплатить: сначала пополните баланс или продлите меньше заказов.</translation>
    </message>
</context>
<context>
    <name>RenewListModel</name>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>The price is known once the order&apos;s details have loaded.</source>
        <translation>Цена станет известна после загрузки сведений о заказе.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <extracomment>Price column of the renewal list while the order&apos;s details are loading</extracomment>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>What was paid for the order last time. A renewal costs the same unless prices or promo codes changed since.</source>
        <translation>Сумма последней оплаты заказа. Продление стоит столько же, если с тех пор не изменились цены или промокоды.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Price</source>
        <extracomment>Column header: the price last paid, used as the renewal price</extracomment>
        <translation>Цена</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Адрес сервера не является корректным URL.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, password, query or fragment.</source>
        <translation>Адрес сервера не должен содержать имя пользователя, пароль, параметры запроса или фрагмент.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Адрес сервера должен начинаться с https://.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server no longer accepts the API key. Sign in again; your orders stay on screen meanwhile.</source>
        <translation>Сервер больше не принимает API-ключ. Войдите снова; до тех пор заказы останутся на экране.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>API server URL</source>
        <translation>URL сервера API</translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation>&amp;Обновлять каждые</translation>
    </message>
    <message>
        <source>Minutes between refreshes</source>
        <translation>Минут между обновлениями</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>&amp;Warn about orders expiring within:</source>
        <translation>&amp;Предупреждать о заказах, истекающих в течение:</translation>
    </message>
    <message>
        <source>Days before expiry to warn</source>
        <translation>За сколько дней до окончания предупреждать</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Show in the system &amp;tray and notify after each refresh</source>
        <translation>Показывать в системном &amp;трее и оповещать после каждого обновления</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Те&amp;ма:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Demo mode uses its built-in server; this setting applies when you run ShardDesk normally.</source>
        <translation>В демо-режиме используется встроенный сервер; эта настройка действует при обычном запуске ShardDesk.</translation>
    </message>
    <message>
        <source>Changing the server signs you out and asks for the key for the new one.</source>
        <translation>При смене сервера вы выйдете из учётной записи, и ShardDesk попросит ключ для нового сервера.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so ShardDesk shows the alerts in its window instead.</source>
        <translation>В этой среде нет системного трея, поэтому ShardDesk показывает оповещения в своём окне.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Новый язык будет применён при следующем запуске.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Системная</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln дня</numerusform>
            <numerusform>%Ln дней</numerusform>
            <numerusform>%Ln дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Write a &amp;diagnostic log</source>
        <translation>Вести журнал &amp;диагностики</translation>
    </message>
    <message>
        <source>Keeps a log file for troubleshooting. Keys, Authorization headers and proxy passwords are never written to it.</source>
        <translation>Ведёт файл журнала для поиска неполадок. Ключи, заголовки Authorization и пароли прокси в него никогда не записываются.</translation>
    </message>
    <message>
        <source>Log folder: %1
On for this session because SHARDDESK_DEBUG is set.</source>
        <translation>Папка журнала: %1
Включено на этот сеанс, потому что задана SHARDDESK_DEBUG.</translation>
    </message>
    <message>
        <source>Log folder: %1</source>
        <translation>Папка журнала: %1</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>Enter your API key.</source>
        <translation>Введите API-ключ.</translation>
    </message>
</context>
<context>
    <name>SkippedRows</name>
    <message numerus="yes">
        <source>%Ln row(s) could not be read and were skipped (%1).</source>
        <translation>
            <numerusform>%Ln строку не удалось прочитать, она пропущена (%1).</numerusform>
            <numerusform>%Ln строки не удалось прочитать, они пропущены (%1).</numerusform>
            <numerusform>%Ln строк не удалось прочитать, они пропущены (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>The remembered key was not accepted: %1</source>
        <translation>Сохранённый ключ не принят: %1</translation>
    </message>
</context>
<context>
    <name>StoreSchema</name>
    <message>
        <source>it is not a database (%1)</source>
        <translation>это не база данных (%1)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>она повреждена (%1)</translation>
    </message>
    <message>
        <source>it belongs to another program</source>
        <translation>она принадлежит другой программе</translation>
    </message>
    <message>
        <source>it was written by a newer version of ShardDesk (store version %1, this one reads up to %2)</source>
        <translation>она записана более новой версией ShardDesk (версия хранилища %1, эта версия читает до %2)</translation>
    </message>
    <message>
        <source>The stored data cannot be used: %1.</source>
        <extracomment>%1 says why, e.g. &quot;it was written by a newer version of ShardDesk (…)&quot;.</extracomment>
        <translation>Сохранённые данные нельзя использовать: %1.</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>Could not save the orders to the local store: %1</source>
        <extracomment>%1 is the database&apos;s reason.</extracomment>
        <translation>Не удалось сохранить заказы в локальное хранилище: %1</translation>
    </message>
    <message>
        <source>Could not save the activity log: %1</source>
        <translation>Не удалось сохранить журнал изменений: %1</translation>
    </message>
</context>
<context>
    <name>SubUserDialog</name>
    <message>
        <source>New sub-user</source>
        <translation>Новый субпользователь</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>Sub-user name</source>
        <translation>Имя субпользователя</translation>
    </message>
    <message>
        <source>&amp;Traffic:</source>
        <translation>&amp;Трафик:</translation>
    </message>
    <message>
        <source>Traffic the sub-user may use, in GB</source>
        <translation>Доступный субпользователю трафик, ГБ</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> ГБ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премиум</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>New %1 sub-user</source>
        <translation>Новый субпользователь (пул «%1»)</translation>
    </message>
    <message>
        <source>A sub-user gets its own login and a share of the %1 pool&apos;s traffic. Nothing is charged: the traffic comes from what the pool already has.</source>
        <translation>Субпользователь получает собственный логин и долю трафика пула «%1». Деньги не списываются: трафик берётся из того, что уже есть в пуле.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>SubUserEditor</name>
    <message>
        <source>Give the sub-user a name.</source>
        <translation>Укажите имя субпользователя.</translation>
    </message>
    <message>
        <source>A name may have at most 64 characters.</source>
        <translation>Имя может содержать не больше 64 символов.</translation>
    </message>
    <message>
        <source>The traffic must be at least 1 GB.</source>
        <translation>Трафик должен быть не меньше 1 ГБ.</translation>
    </message>
    <message>
        <source>That is more traffic than any pool holds.</source>
        <translation>Столько трафика нет ни в одном пуле.</translation>
    </message>
    <message>
        <source>A change to this sub-user is still on its way.</source>
        <translation>Изменение этого субпользователя ещё ожидает ответа сервера.</translation>
    </message>
    <message>
        <source>That sub-user is not listed.</source>
        <translation>Такого субпользователя нет в списке.</translation>
    </message>
    <message>
        <source>The sub-user already has %L1 GB.</source>
        <translation>У субпользователя уже %L1 ГБ.</translation>
    </message>
</context>
<context>
    <name>SubUserService</name>
    <message>
        <source>the sub-user list did not end after %1 pages</source>
        <translation>список субпользователей не закончился после %1 страниц</translation>
    </message>
</context>
<context>
    <name>SubUsersModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>? of %1</source>
        <translation>? из %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 из %2 (%3 %)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Saving this change…</source>
        <translation>Сохранение изменения…</translation>
    </message>
    <message>
        <source>Hidden. Use Show password to see it.</source>
        <translation>Скрыт. Чтобы увидеть его, нажмите «Показать пароль».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID пользователя</translation>
    </message>
    <message>
        <source>Traffic used</source>
        <translation>Израсходовано</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>пароль не выдан</translation>
    </message>
    <message>
        <source>password hidden</source>
        <translation>пароль скрыт</translation>
    </message>
</context>
<context>
    <name>SubUsersView</name>
    <message>
        <source>Sub-users</source>
        <translation>Субпользователи</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>Пу&amp;л:</translation>
    </message>
    <message>
        <source>Residential pool</source>
        <translation>Резидентный пул</translation>
    </message>
    <message>
        <source>Search sub-users</source>
        <translation>Поиск субпользователей</translation>
    </message>
    <message>
        <source>Search name or ID</source>
        <translation>Поиск по имени или ID</translation>
    </message>
    <message>
        <source>Sub-users summary</source>
        <translation>Сводка по субпользователям</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>Create a sub-user with its own login and share of the traffic (Ins)</source>
        <translation>Создать субпользователя с собственным логином и долей трафика (Ins)</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Переи&amp;меновать…</translation>
    </message>
    <message>
        <source>Rename the selected sub-user (Shift+F2)</source>
        <translation>Переименовать выбранного субпользователя (Shift+F2)</translation>
    </message>
    <message>
        <source>Shift+F2</source>
        <translation>Shift+F2</translation>
    </message>
    <message>
        <source>&amp;Traffic…</source>
        <translation>&amp;Трафик…</translation>
    </message>
    <message>
        <source>Change how much traffic the selected sub-user may use (Ctrl+T)</source>
        <translation>Изменить объём трафика, доступный выбранному субпользователю (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>Новый пар&amp;оль</translation>
    </message>
    <message>
        <source>Give the selected sub-user a new password; the old one stops working</source>
        <translation>Выдать выбранному субпользователю новый пароль; старый перестанет действовать</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>Показ&amp;ать пароль</translation>
    </message>
    <message>
        <source>Show or hide the selected sub-user&apos;s password (Ctrl+Shift+H)</source>
        <translation>Показать или скрыть пароль выбранного субпользователя (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Copy login</source>
        <translation>&amp;Копировать логин</translation>
    </message>
    <message>
        <source>Copy the selected sub-user&apos;s login as user ID:password (Ctrl+Alt+C)</source>
        <translation>Копировать логин выбранного субпользователя в виде ID пользователя:пароль (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete the selected sub-user; its unused traffic goes back to the pool (Del)</source>
        <translation>Удалить выбранного субпользователя; неизрасходованный трафик вернётся в пул (Del)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Read the sub-users of this pool again</source>
        <translation>Заново загрузить субпользователей этого пула</translation>
    </message>
    <message>
        <source>Rename sub-user</source>
        <translation>Переименование субпользователя</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Sub-user traffic</source>
        <translation>Трафик субпользователя</translation>
    </message>
    <message>
        <source>Traffic this sub-user may use, in GB (now %L1 GB):</source>
        <translation>Доступный субпользователю трафик, ГБ (сейчас %L1 ГБ):</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Премиум</translation>
    </message>
    <message>
        <source>Loading the sub-users…</source>
        <translation>Загрузка субпользователей…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-user(s); reading the list again…</source>
        <translation>
            <numerusform>%Ln субпользователь; список загружается заново…</numerusform>
            <numerusform>%Ln субпользователя; список загружается заново…</numerusform>
            <numerusform>%Ln субпользователей; список загружается заново…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sub-users load when this view is shown.</source>
        <translation>Субпользователи загрузятся, когда откроется этот раздел.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sub-user(s), %1 allotted in all.</source>
        <translation>
            <numerusform>%Ln субпользователь, всего выделено %1.</numerusform>
            <numerusform>%Ln субпользователя, всего выделено %1.</numerusform>
            <numerusform>%Ln субпользователей, всего выделено %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be read again: %1</source>
        <translation>Не удалось заново загрузить список: %1</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Создание субпользователя %1…</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working at once, for every program that uses it.</source>
        <translation>Выдать новый пароль субпользователю %1? Старый сразу перестанет действовать во всех программах, которые его используют.</translation>
    </message>
    <message>
        <source>The login of %1 is on the clipboard (user ID:password).</source>
        <translation>Логин субпользователя %1 скопирован в буфер обмена (ID пользователя:пароль).</translation>
    </message>
    <message>
        <source>The sub-user was not created: %1</source>
        <translation>Субпользователь не создан: %1</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>Субпользователь %1 не удалён: %2</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>Субпользователь %1 не изменён: %2</translation>
    </message>
    <message>
        <source>The answer was lost and reading back did not settle it; reload the list before trying again.</source>
        <translation>Ответ потерян, и повторное чтение не прояснило результат; прежде чем пробовать снова, обновите список.</translation>
    </message>
    <message>
        <source>Sub-user created.</source>
        <translation>Субпользователь создан.</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Новое имя: %1.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Субпользователь %1 удалён.</translation>
    </message>
    <message>
        <source>%1 may now use %2.</source>
        <translation>Субпользователю %1 теперь доступно %2.</translation>
    </message>
    <message>
        <source>Traffic changed.</source>
        <translation>Трафик изменён.</translation>
    </message>
    <message>
        <source>%1 has a new password. Use Show password or Copy login to see it.</source>
        <translation>У субпользователя %1 новый пароль. Чтобы увидеть его, нажмите «Показать пароль» или «Копировать логин».</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Ответ сервера: %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Delete the sub-user %1? Its login stops working, and its unused traffic goes back to the pool.</source>
        <translation>Удалить субпользователя %1? Его логин перестанет работать, а неизрасходованный трафик вернётся в пул.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry refresh</source>
        <translation>Повторить обновление</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <source>Syncing orders…</source>
        <translation>Синхронизация заказов…</translation>
    </message>
    <message>
        <source>Syncing orders… %1 loaded</source>
        <translation>Синхронизация заказов… загружено: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln заказ</numerusform>
            <numerusform>%Ln заказа</numerusform>
            <numerusform>%Ln заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln order(s)</source>
        <translation>
            <numerusform>Показано %1 из %Ln заказа</numerusform>
            <numerusform>Показано %1 из %Ln заказов</numerusform>
            <numerusform>Показано %1 из %Ln заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Не удалось обновить: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>The orders on screen are the stored ones, from the sync at this time</extracomment>
        <translation>На %1</translation>
    </message>
    <message>
        <source>Stored orders from the sync of %1; the next sync updates them.</source>
        <translation>Сохранённые заказы из синхронизации %1; следующая синхронизация их обновит.</translation>
    </message>
</context>
<context>
    <name>TagEditorDelegate</name>
    <message>
        <source>No tag</source>
        <translation>Без тега</translation>
    </message>
    <message>
        <source>Tag of order %1</source>
        <translation>Тег заказа %1</translation>
    </message>
    <message>
        <source>Leave empty to clear the tag</source>
        <translation>Оставьте пустым, чтобы удалить тег</translation>
    </message>
    <message>
        <source>Clear tag</source>
        <translation>Очистить метку</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Show ShardDesk</source>
        <translation>Показать ShardDesk</translation>
    </message>
    <message>
        <source>Click to see these orders.</source>
        <translation>Нажмите, чтобы увидеть эти заказы.</translation>
    </message>
    <message>
        <source>What changed since the last sync</source>
        <translation>Что изменилось с прошлой синхронизации</translation>
    </message>
    <message>
        <source>Click to see the activity.</source>
        <translation>Нажмите, чтобы увидеть изменения.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop client for the ProxyShard User API. The API key is read from the keychain, the sign-in dialog or SHARDDESK_TOKEN, never from the command line.</source>
        <translation>Настольный клиент для ProxyShard User API. API-ключ берётся из хранилища ключей, окна входа или переменной SHARDDESK_TOKEN, но никогда из командной строки.</translation>
    </message>
    <message>
        <source>Try everything against a built-in server with sample data: no key, no money.</source>
        <translation>Попробовать всё на встроенном сервере с тестовыми данными: без ключа и без денег.</translation>
    </message>
    <message>
        <source>How many sample orders the demo has.</source>
        <translation>Сколько тестовых заказов будет в демо.</translation>
    </message>
    <message>
        <source>API server URL.</source>
        <translation>URL API-сервера.</translation>
    </message>
    <message>
        <source>Quit after the window is first painted (startup benchmark).</source>
        <translation>Выйти после первой отрисовки окна (замер скорости запуска).</translation>
    </message>
    <message>
        <source>The demo server could not start.</source>
        <translation>Не удалось запустить демо-сервер.</translation>
    </message>
</context>
</TS>
