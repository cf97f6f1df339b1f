#include "overviewview.h"

#include "ui_overviewview.h"

#include "accessiblevalue.h"
#include "domain/money.h"
#include "ordersmodel.h"
#include "services/accountservice.h"
#include "services/missingprices.h"
#include "services/orderstore.h"
#include "storage/synchistory.h"
#include "tone.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QKeyEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>

using namespace OverviewFigures;

namespace {

// Long enough to gather a sync's row signals and a run of details answers into one redraw (the
// figures of 100,000 orders take about 25 ms), short enough to feel immediate.
constexpr int kCoalesceMs = 200;
// The products drawn one by one; the rest share a bar.
constexpr int kMaxProducts = 8;

double dollars(qint64 cents)
{
    return double(cents) / 100.0;
}

QString monthLabel(QDate month)
{
    return QLocale().standaloneMonthName(month.month(), QLocale::ShortFormat);
}

QString dayLabel(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QString longDay(QDate day)
{
    return QLocale().toString(day, QStringLiteral("d MMMM"));
}

// The value axis of a money chart, from zero, with round numbers.
QValueAxis *moneyAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(max, 1.0));
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->applyNiceNumbers();
    return axis;
}

QColor statusColor(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Active:
        return Tone::text(Tone::Kind::Good);
    case OrderStatus::OnHold:
        return Tone::text(Tone::Kind::Caution);
    case OrderStatus::Cancelled:
        return Tone::text(Tone::Kind::Muted);
    case OrderStatus::Unknown:
        break;
    }
    return Tone::text(Tone::Kind::Info);
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewView>()), m_update(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->copyButton->setDefaultAction(m_ui->actionCopyTable);
    addAction(m_ui->actionCopyTable);
    connect(m_ui->actionCopyTable, &QAction::triggered, this, &OverviewView::copyTable);
    for (QLabel *label : {m_ui->summaryLabel, m_ui->spendNote, m_ui->forecastNote, m_ui->emptyLabel,
                          m_ui->spendEmpty, m_ui->forecastEmpty, m_ui->breakdownEmpty})
        AccessibleValue::expose(label);
    for (QChartView *view : {m_ui->spendChart, m_ui->forecastChart, m_ui->breakdownChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setFocusPolicy(Qt::StrongFocus);
    }
    setFocusProxy(m_ui->spendChart);
    m_update->setSingleShot(true);
    m_update->setInterval(kCoalesceMs);
    connect(m_update, &QTimer::timeout, this, &OverviewView::recompute);
}

OverviewView::~OverviewView() = default;

void OverviewView::attach(OrderStore *store, AccountService *account, SyncHistory *history)
{
    m_store = store;
    m_account = account;
    m_history = history;
    const auto changed = [this] { scheduleUpdate(); };
    connect(store, &OrderStore::rowsInserted, this, changed);
    connect(store, &OrderStore::rowsRemoved, this, changed);
    connect(store, &OrderStore::rowsChanged, this, changed);
    connect(store, &OrderStore::cleared, this, changed);
    connect(store, &OrderStore::synced, this, changed);
    connect(store, &OrderStore::detailsLoaded, this, changed);
    connect(account, &AccountService::accountChanged, this, changed);
    connect(history, &SyncHistory::changesFound, this, changed);
    connect(history, &SyncHistory::recentReset, this, changed);
    scheduleUpdate();
}

void OverviewView::scheduleUpdate()
{
    m_dirty = true;
    if (isVisible() && !m_update->isActive())
        m_update->start();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty && !m_update->isActive())
        m_update->start();
}

void OverviewView::recompute()
{
    if (!m_store)
        return;
    if (!isVisible())
        return; // stays dirty: the next showEvent draws
    m_dirty = false;
    const QDate today = QDate::currentDate();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const OrderStore *store = m_store;
    const DetailsLookup details = [store](qint64 id) { return store->details(id); };
    // The prices a local store kept from the last run count until the details load again.
    const PaidLookup paid = [store](qint64 id) -> std::optional<PricePaid> {
        const std::optional<StoredDetails> known = store->knownDetails(id);
        if (!known)
            return std::nullopt;
        return PricePaid::of(known->pricePaidCents, known->addonsPricePaidCents, known->createdAt);
    };
    const QList<Order> &orders = store->orders();
    m_spend = spendByMonth(orders, paid, details, m_history->recent(), today, zone);
    m_forecast =
        renewalForecast(orders, details, m_account->account().walletBalanceCents, today, zone);
    m_breakdown = orderBreakdown(orders);
    render();
    emit figuresUpdated();
}

QString OverviewView::familyLabel(ProductKind family)
{
    switch (family) {
    case ProductKind::Datacenter:
        return tr("Datacenter");
    case ProductKind::Isp:
        //: The ISP proxies' product family
        return tr("ISP");
    case ProductKind::ResidentialStandard:
        return tr("Residential Standard");
    case ProductKind::ResidentialPremium:
        return tr("Residential Premium");
    case ProductKind::ResidentialUnmetered:
        return tr("Residential Unmetered");
    case ProductKind::Other:
        break;
    }
    //: Products of no known family (mobile plans, new products)
    return tr("Other");
}

// ---- drawing -------------------------------------------------------------------------------

void OverviewView::setMissingPrices(MissingPrices *prices)
{
    m_prices = prices;
    connect(m_ui->loadPricesButton, &QToolButton::clicked, prices, [prices] {
        if (prices->isLoading())
            prices->stop();
        else
            prices->load();
    });
    connect(prices, &MissingPrices::progressed, this, &OverviewView::updatePriceButton);
    connect(prices, &MissingPrices::finished, this, &OverviewView::updatePriceButton);
    updatePriceButton();
}

void OverviewView::updatePriceButton()
{
    QToolButton *button = m_ui->loadPricesButton;
    if (!m_prices || !m_store) {
        button->hide();
        return;
    }
    if (m_prices->isLoading()) {
        button->setText(tr("Stop loading prices (%1 of %2)")
                            .arg(QLocale().toString(m_prices->done()),
                                 QLocale().toString(m_prices->total())));
        button->setToolTip(tr("Prices arrive a few at a time; the charts follow them."));
        button->show();
        return;
    }
    const int missing = isVisible() ? m_prices->missingCount() : 0;
    button->setVisible(missing > 0);
    button->setText(tr("Load %n missing price(s)", nullptr, missing));
    button->setToolTip(m_prices->stopReason().isEmpty()
                           ? tr("Asks the server for each order's details, a few at a time; "
                                "ShardDesk keeps them for the next start.")
                           : tr("The last try stopped: %1").arg(m_prices->stopReason()));
}

void OverviewView::render()
{
    const bool none = m_breakdown.isEmpty();
    m_ui->emptyLabel->setVisible(none);
    m_ui->chartsWidget->setVisible(!none);
    m_ui->copyButton->setEnabled(!none);
    m_ui->actionCopyTable->setEnabled(!none);
    if (none) {
        m_ui->emptyLabel->setText(tr("No orders to chart yet: the overview fills in after the "
                                     "first sync."));
        m_ui->summaryLabel->clear();
    } else if (m_spend.ordersPriced < m_spend.ordersTotal) {
        m_ui->summaryLabel->setText(
            tr("Spend is based on %1 of %n order(s): the others' prices have not been loaded "
               "yet (the Orders page loads them as rows come into view).",
               nullptr, m_spend.ordersTotal)
                .arg(QLocale().toString(m_spend.ordersPriced)));
    } else {
        m_ui->summaryLabel->setText(tr("Spend is based on the prices of all the orders."));
    }
    renderSpend();
    renderForecast();
    renderBreakdown();
    updatePriceButton();
    // Ctrl+4 lands on the first chart shown (a screen reader reads its name and description),
    // never on one hidden behind its "nothing to show" text.
    QWidget *first = nullptr;
    for (const QStackedWidget *stack :
         {m_ui->spendStack, m_ui->forecastStack, m_ui->breakdownStack}) {
        if (!none && qobject_cast<QChartView *>(stack->currentWidget())) {
            first = stack->currentWidget();
            break;
        }
    }
    setFocusProxy(first);
}

QChart *OverviewView::newChart(QChartView *view, const QString &title) const
{
    auto *chart = new QChart;
    const bool dark = Tone::isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's own backdrop (a gradient in the dark one) would frame each chart as a card:
    // the window's colour keeps the page one surface.
    chart->setBackgroundBrush(palette().window());
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

void OverviewView::renderSpend()
{
    const QList<ProductKind> families = m_spend.families();
    m_ui->spendStack->setCurrentWidget(families.isEmpty() ? static_cast<QWidget *>(m_ui->spendEmpty)
                                                          : m_ui->spendChart);
    m_ui->spendEmpty->setText(tr("Nothing spent in the last 12 months as far as ShardDesk knows: "
                                 "prices show once the orders' details load."));
    QChart *chart = newChart(m_ui->spendChart, tr("Spend per month"));
    QString description = m_ui->spendEmpty->text();
    if (!families.isEmpty()) {
        auto *series = new QStackedBarSeries;
        for (ProductKind family : families) {
            auto *set = new QBarSet(familyLabel(family));
            for (const SpendByMonth::Month &month : std::as_const(m_spend.months))
                set->append(dollars(month.cents.at(int(family))));
            series->append(set);
        }
        chart->addSeries(series);
        auto *months = new QBarCategoryAxis;
        qint64 max = 0;
        for (const SpendByMonth::Month &month : std::as_const(m_spend.months)) {
            months->append(monthLabel(month.first));
            max = std::max(max, month.totalCents());
        }
        //: The spend chart's month axis: %1 and %2 the first and last month ("Jan 2026")
        months->setTitleText(tr("Month, %1 – %2")
                                 .arg(QLocale().toString(m_spend.months.constFirst().first,
                                                         QStringLiteral("MMM yyyy")),
                                      QLocale().toString(m_spend.months.constLast().first,
                                                         QStringLiteral("MMM yyyy"))));
        // "Sep" cut to "S…" says nothing: whole names, even if two touch in a narrow window.
        months->setTruncateLabels(false);
        chart->addAxis(months, Qt::AlignBottom);
        series->attachAxis(months);
        QValueAxis *money = moneyAxis(tr("Spent, US$"), dollars(max));
        chart->addAxis(money, Qt::AlignLeft);
        series->attachAxis(money);
        // Six families' names in a row under the bars would be cut short.
        chart->legend()->setAlignment(Qt::AlignRight);

        const int busiest = m_spend.busiestMonth().value_or(0);
        const SpendByMonth::Month &top = m_spend.months.at(busiest);
        const auto most = std::max_element(top.cents.cbegin(), top.cents.cend());
        //: The spend chart's description for screen readers: %1 the total, %2 the busiest
        //: month ("November 2026"), %3 its spend, %4 the product family it went to most
        description = tr("Spend per month over the last 12 months: %1 in total; the most in %2, "
                         "%3, mostly on %4.")
                          .arg(Money::format(m_spend.totalCents()),
                               QLocale().toString(top.first, QStringLiteral("MMMM yyyy")),
                               Money::format(top.totalCents()),
                               familyLabel(ProductKind(most - top.cents.cbegin())));
    }
    m_ui->spendChart->setAccessibleDescription(description);
    if (m_spend.renewals == 0)
        m_ui->spendNote->setText(tr("No renewals seen yet: ShardDesk counts those it sees "
                                    "between syncs."));
    else if (m_spend.renewalsUnpriced == 0)
        m_ui->spendNote->setText(
            tr("Includes %n renewal(s) seen between syncs.", nullptr, m_spend.renewals));
    else
        m_ui->spendNote->setText(
            tr("Includes %n renewal(s) seen between syncs; %1 of them without a known price.",
               nullptr, m_spend.renewals)
                .arg(QLocale().toString(m_spend.renewalsUnpriced)));
}

void OverviewView::renderForecast()
{
    const RenewalForecast &f = m_forecast;
    const std::optional<QDate> runOut = f.runOutDate();
    m_ui->forecastStack->setCurrentWidget(f.isEmpty() ? static_cast<QWidget *>(m_ui->forecastEmpty)
                                                      : m_ui->forecastChart);
    m_ui->forecastEmpty->setText(tr("No auto-renewals are due in the next 30 days."));
    QChart *chart = newChart(m_ui->forecastChart, tr("Auto-renewals in the next 30 days"));

    QString note;
    if (f.isEmpty())
        note = m_ui->forecastEmpty->text();
    else if (!f.balanceCents)
        note = tr("Due: %1. The balance is not known yet.").arg(Money::format(f.totalCents()));
    else if (runOut)
        //: %1 the day ("14 December"), %2 the balance, %3 the renewals due by that day
        note = tr("The balance runs out on %1: %2 does not cover the %3 of renewals due by then.")
                   .arg(longDay(*runOut), Money::format(*f.balanceCents),
                        Money::format(f.days.at(*f.runOutIndex).cumulativeCents));
    else
        note = tr("The balance of %1 covers the %2 of renewals due.")
                   .arg(Money::format(*f.balanceCents), Money::format(f.totalCents()));
    if (f.ordersUnpriced > 0)
        note += QLatin1Char(' ') +
                tr("No known price yet for %n renewal(s).", nullptr, f.ordersUnpriced);
    m_ui->forecastNote->setText(note);
    m_ui->forecastNote->setStyleSheet(
        Tone::textStyle(runOut ? std::optional<Tone::Kind>(Tone::Kind::Bad) : std::nullopt));

    if (!f.isEmpty()) {
        auto *bars = new QBarSeries;
        auto *due = new QBarSet(tr("Due that day"));
        auto *days = new QBarCategoryAxis;
        auto *cumulative = new QLineSeries;
        cumulative->setName(tr("Due so far"));
        for (int i = 0; i < f.days.size(); ++i) {
            const RenewalForecast::Day &day = f.days.at(i);
            due->append(dollars(day.dueCents));
            days->append(dayLabel(day.date));
            cumulative->append(i, dollars(day.cumulativeCents));
        }
        bars->append(due);
        chart->addSeries(bars);
        chart->addSeries(cumulative);
        // Thirty dates side by side only fit standing up, and whole.
        days->setLabelsAngle(-90);
        days->setTruncateLabels(false);
        // A little smaller than the chart's text: at 1280 pixels each day has about the height
        // of a line, and Qt Charts drops the labels that would touch their neighbours.
        QFont small = days->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        days->setLabelsFont(small);
        days->setTitleText(tr("Day"));
        chart->addAxis(days, Qt::AlignBottom);
        // A balance far above what is due would flatten the bars to nothing: then the note
        // alone says it covers them.
        const bool showBalance = f.balanceCents && *f.balanceCents <= 2 * f.totalCents();
        double max = dollars(f.totalCents());
        if (showBalance)
            max = std::max(max, dollars(*f.balanceCents));
        QValueAxis *money = moneyAxis(tr("US$"), max * 1.05);
        // A wallet in debt: its line below zero stays in view.
        if (showBalance && *f.balanceCents < 0) {
            money->setMin(dollars(*f.balanceCents) * 1.05);
            money->applyNiceNumbers();
        }
        chart->addAxis(money, Qt::AlignLeft);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(bars), static_cast<QAbstractSeries *>(cumulative)}) {
            s->attachAxis(days);
            s->attachAxis(money);
        }
        if (showBalance) {
            auto *balance = new QLineSeries;
            balance->setName(tr("Balance"));
            balance->append(-0.5, dollars(*f.balanceCents));
            balance->append(f.days.size() - 0.5, dollars(*f.balanceCents));
            QPen pen(Tone::text(Tone::Kind::Info), 2, Qt::DashLine);
            balance->setPen(pen);
            chart->addSeries(balance);
            balance->attachAxis(days);
            balance->attachAxis(money);
        }
        if (runOut) {
            // The day itself: its bar in the warning colour and a marker on the running total.
            const QColor bad = Tone::text(Tone::Kind::Bad);
            due->setSelectedColor(bad);
            due->selectBar(*f.runOutIndex);
            auto *marker = new QScatterSeries;
            marker->setName(tr("Balance runs out"));
            marker->setColor(bad);
            marker->setBorderColor(bad);
            marker->setMarkerSize(12);
            marker->append(*f.runOutIndex, dollars(f.days.at(*f.runOutIndex).cumulativeCents));
            chart->addSeries(marker);
            marker->attachAxis(days);
            marker->attachAxis(money);
        }
    }
    QString description = note;
    if (!f.isEmpty())
        //: The renewal chart's description for screen readers: %1 the total due, %2 what the
        //: balance note says
        description =
            tr("%n auto-renewal(s) due in the next 30 days, %1 in total. %2", nullptr, f.ordersDue)
                .arg(Money::format(f.totalCents()), note);
    m_ui->forecastChart->setAccessibleDescription(description);
}

void OverviewView::renderBreakdown()
{
    const OrderBreakdown &b = m_breakdown;
    m_ui->breakdownStack->setCurrentWidget(
        b.isEmpty() ? static_cast<QWidget *>(m_ui->breakdownEmpty) : m_ui->breakdownChart);
    m_ui->breakdownEmpty->setText(tr("No orders yet."));
    QChart *chart = newChart(m_ui->breakdownChart, tr("Orders by status and product"));
    if (b.isEmpty()) {
        m_ui->breakdownChart->setAccessibleDescription(m_ui->breakdownEmpty->text());
        return;
    }
    // The biggest products one by one, the rest together; drawn bottom up, so reversed.
    QList<OrderBreakdown::Product> shown = b.products.mid(0, kMaxProducts);
    if (b.products.size() > kMaxProducts) {
        OrderBreakdown::Product rest{tr("Other products"), {}};
        for (qsizetype i = kMaxProducts - 1; i < b.products.size(); ++i)
            for (OrderStatus status : OrderBreakdown::statuses())
                rest.byStatus[int(status)] += b.products.at(i).count(status);
        shown[kMaxProducts - 1] = rest;
    }
    std::reverse(shown.begin(), shown.end());
    auto *series = new QHorizontalStackedBarSeries;
    for (OrderStatus status : OrderBreakdown::statuses()) {
        if (b.count(status) == 0)
            continue;
        auto *set = new QBarSet(OrdersModel::statusText(status));
        set->setColor(statusColor(status));
        set->setBorderColor(statusColor(status));
        for (const OrderBreakdown::Product &p : std::as_const(shown))
            set->append(p.count(status));
        series->append(set);
    }
    chart->addSeries(series);
    auto *products = new QBarCategoryAxis;
    int max = 0;
    for (const OrderBreakdown::Product &p : std::as_const(shown)) {
        products->append(p.name.isEmpty() ? tr("Unknown product") : p.name);
        max = std::max(max, p.total());
    }
    chart->addAxis(products, Qt::AlignLeft);
    series->attachAxis(products);
    auto *count = new QValueAxis;
    count->setTitleText(tr("Orders"));
    count->setRange(0, std::max(max, 1));
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->applyNiceNumbers();
    chart->addAxis(count, Qt::AlignBottom);
    series->attachAxis(count);
    chart->legend()->setAlignment(Qt::AlignRight);

    const OrderBreakdown::Product &first = b.products.constFirst();
    //: The orders chart's description for screen readers: %1 active, %2 on hold, %3 cancelled
    //: (counts), %4 the product with the most orders, %5 its count
    m_ui->breakdownChart->setAccessibleDescription(
        tr("%n order(s): %1 active, %2 on hold, %3 cancelled; the most of %4 (%5).", nullptr,
           b.total)
            .arg(QLocale().toString(b.count(OrderStatus::Active)),
                 QLocale().toString(b.count(OrderStatus::OnHold)),
                 QLocale().toString(b.count(OrderStatus::Cancelled)),
                 first.name.isEmpty() ? tr("Unknown product") : first.name,
                 QLocale().toString(first.total())));
}

// ---- the text alternative ------------------------------------------------------------------

QString OverviewView::tableText() const
{
    const QChar tab = QLatin1Char('\t');
    const QChar nl = QLatin1Char('\n');
    QString out;
    const auto row = [&](const QStringList &cells) { out += cells.join(tab) + nl; };

    const QList<ProductKind> families = m_spend.families();
    row({tr("Spend per month (US$)")});
    QStringList header{tr("Month")};
    for (ProductKind family : families)
        header << familyLabel(family);
    header << tr("Total");
    row(header);
    for (const SpendByMonth::Month &month : m_spend.months) {
        QStringList cells{month.first.toString(QStringLiteral("yyyy-MM"))};
        for (ProductKind family : families)
            cells << Money::plain(month.cents.at(int(family)));
        cells << Money::plain(month.totalCents());
        row(cells);
    }

    out += nl;
    row({tr("Auto-renewals in the next 30 days (US$)")});
    row({tr("Day"), tr("Due that day"), tr("Orders"), tr("Due so far"), tr("Balance left")});
    for (const RenewalForecast::Day &day : m_forecast.days) {
        const QString left = m_forecast.balanceCents
                                 ? Money::plain(*m_forecast.balanceCents - day.cumulativeCents)
                                 : QString();
        row({day.date.toString(Qt::ISODate), Money::plain(day.dueCents),
             QString::number(day.orders), Money::plain(day.cumulativeCents), left});
    }

    out += nl;
    row({tr("Orders by status and product")});
    header = QStringList{tr("Product")};
    for (OrderStatus status : OrderBreakdown::statuses())
        header << OrdersModel::statusText(status);
    header << tr("Total");
    row(header);
    for (const OrderBreakdown::Product &p : m_breakdown.products) {
        QStringList cells{p.name.isEmpty() ? tr("Unknown product") : p.name};
        for (OrderStatus status : OrderBreakdown::statuses())
            cells << QString::number(p.count(status));
        cells << QString::number(p.total());
        row(cells);
    }
    return out;
}

void OverviewView::copyTable()
{
    if (m_dirty && isVisible())
        recompute();
    QGuiApplication::clipboard()->setText(tableText());
}

// ---- events --------------------------------------------------------------------------------

bool OverviewView::event(QEvent *event)
{
    // The window's "Copy order ID" has the same keys: both would match and Qt would run neither
    // (an ambiguous shortcut). While the focus is on this page, the page's copy wins.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (m_ui->actionCopyTable->isEnabled() &&
            QKeySequence(key->keyCombination()) == m_ui->actionCopyTable->shortcut()) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void OverviewView::keyPressEvent(QKeyEvent *event)
{
    if (m_ui->actionCopyTable->isEnabled() &&
        QKeySequence(event->keyCombination()) == m_ui->actionCopyTable->shortcut()) {
        m_ui->actionCopyTable->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void OverviewView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        if (m_store)
            render();
        break;
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        if (m_store)
            render();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}
