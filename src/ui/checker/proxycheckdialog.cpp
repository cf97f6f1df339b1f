#include "proxycheckdialog.h"

#include "ui_proxycheckdialog.h"

#include "accessiblevalue.h"
#include "actions/actionmessage.h"
#include "actions/proxyfilesave.h"
#include "domain/proxylisttext.h"
#include "proxycheckmodel.h"
#include "services/orderproxies.h"
#include "services/proxychecker.h"
#include "settings/proxychecksettings.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace {
enum class Show { All, Failed, Working };
// A list file larger than this is not a proxy list; reading it would freeze the window.
constexpr qint64 kMaxListFileBytes = 16 * 1024 * 1024;
// Summary and progress follow at most this often: a thousand results a second must not
// recount the run a thousand times.
constexpr int kSummaryIntervalMs = 100;
} // namespace

ProxyCheckDialog::ProxyCheckDialog(ProxyChecker &checker, OrderService &orders, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProxyCheckDialog>()), m_checker(checker),
      m_orders(orders), m_model(new ProxyCheckModel(&checker, this)),
      m_filter(new QSortFilterProxyModel(this)), m_summaryTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->startButton->setText(tr("&Start"));
    m_ui->cancelButton->setText(tr("S&top"));
    m_ui->recheckButton->setText(tr("Check &failed again"));
    m_ui->copyButton->setText(tr("&Copy working"));
    m_ui->exportButton->setText(tr("Save &working…"));
    m_ui->protocolCombo->addItem(tr("HTTP"), int(CheckProtocols::Http));
    m_ui->protocolCombo->addItem(tr("SOCKS5"), int(CheckProtocols::Socks5));
    m_ui->protocolCombo->addItem(tr("HTTP and SOCKS5"), int(CheckProtocols::Both));
    m_ui->showCombo->addItem(tr("All"), int(Show::All));
    m_ui->showCombo->addItem(tr("Failed"), int(Show::Failed));
    m_ui->showCombo->addItem(tr("Working"), int(Show::Working));
    for (ProxyFormat::Style style : ProxyFormat::styles())
        m_ui->formatCombo->addItem(ProxyFormat::label(style), int(style));
    m_ui->concurrencySpin->setRange(ProxyChecker::kMinConcurrency, ProxyChecker::kMaxConcurrency);
    m_ui->timeoutSpin->setRange(ProxyChecker::kMinTimeoutMs, ProxyChecker::kMaxTimeoutMs);
    for (QLabel *label : {m_ui->sourceLabel, m_ui->summaryLabel, m_ui->badLinesLabel,
                          m_ui->feedbackLabel})
        AccessibleValue::expose(label);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ProxyCheckModel::SortRole);
    m_ui->table->setModel(m_filter);
    m_ui->table->sortByColumn(ProxyCheckModel::ResultColumn, Qt::AscendingOrder);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths from the font, not ResizeToContents: measuring thousands of rows as they
    // stream in would cost more than the check.
    const int em = m_ui->table->fontMetrics().horizontalAdvance(u'M');
    const std::pair<ProxyCheckModel::Column, int> widths[] = {
        {ProxyCheckModel::ResultColumn, 17}, {ProxyCheckModel::ProxyColumn, 13},
        {ProxyCheckModel::ProtocolColumn, 7}, {ProxyCheckModel::UserColumn, 11},
        {ProxyCheckModel::OrderColumn, 7},    {ProxyCheckModel::ConnectColumn, 7},
        {ProxyCheckModel::TotalColumn, 7},    {ProxyCheckModel::StatusColumn, 5},
        {ProxyCheckModel::ExitIpColumn, 11},  {ProxyCheckModel::CountryColumn, 7}};
    for (const auto &[column, ems] : widths)
        m_ui->table->setColumnWidth(column, ems * em);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Results arrive by the hundred: a sort or filter per result would redo the table each time.
    m_filter->setDynamicSortFilter(false);

    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(kSummaryIntervalMs);
    connect(m_summaryTimer, &QTimer::timeout, this, &ProxyCheckDialog::updateSummary);
    connect(&m_checker, &ProxyChecker::progress, this, [this] {
        if (!m_summaryTimer->isActive())
            m_summaryTimer->start();
    });
    connect(&m_checker, &ProxyChecker::runStarted, this, &ProxyCheckDialog::updateButtons);
    connect(&m_checker, &ProxyChecker::finished, this, [this] {
        m_summaryTimer->stop();
        updateSummary();
        // Now that the results stand still, sort and filter them once.
        m_filter->invalidate();
        m_filter->sort(m_ui->table->horizontalHeader()->sortIndicatorSection(),
                       m_ui->table->horizontalHeader()->sortIndicatorOrder());
        updateButtons();
    });

    connect(m_ui->startButton, &QPushButton::clicked, this, &ProxyCheckDialog::start);
    connect(m_ui->cancelButton, &QPushButton::clicked, &m_checker, &ProxyChecker::cancel);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, [this] {
        if (m_checker.recheckFailed())
            updateButtons();
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ProxyCheckDialog::copyWorking);
    connect(m_ui->exportButton, &QPushButton::clicked, this,
            &ProxyCheckDialog::chooseFileAndSave);
    connect(m_ui->loadFileButton, &QPushButton::clicked, this, &ProxyCheckDialog::loadListFile);
    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this,
            &ProxyCheckDialog::applyFilter);
    connect(m_ui->listEdit, &QPlainTextEdit::textChanged, this, &ProxyCheckDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadSettings();
    setSource(Source::List);
    updateSummary();
}

ProxyCheckDialog::~ProxyCheckDialog() = default;

void ProxyCheckDialog::loadSettings()
{
    const ProxyCheckSettings s = ProxyCheckSettings::load(QSettings());
    m_ui->protocolCombo->setCurrentIndex(m_ui->protocolCombo->findData(int(s.protocols)));
    m_ui->concurrencySpin->setValue(s.options.concurrency);
    m_ui->timeoutSpin->setValue(s.options.timeoutMs);
    const QUrl session = m_checker.sessionTarget();
    m_ui->targetEdit->setText((session.isValid() ? session : s.options.target).toString());
    // The demo answers on its own echo: nothing leaves the machine, and nothing to change.
    m_ui->targetEdit->setReadOnly(session.isValid());
    if (session.isValid())
        m_ui->targetEdit->setToolTip(tr("The demo checks against its own address echo."));
}

void ProxyCheckDialog::saveSettings() const
{
    ProxyCheckSettings s;
    s.protocols = protocols();
    s.options.concurrency = m_ui->concurrencySpin->value();
    s.options.timeoutMs = m_ui->timeoutSpin->value();
    s.options.target = m_checker.sessionTarget().isValid()
                           ? ProxyCheckSettings::load(QSettings()).options.target
                           : QUrl::fromUserInput(m_ui->targetEdit->text().trimmed());
    QSettings settings;
    s.save(settings);
}

CheckProtocols ProxyCheckDialog::protocols() const
{
    return CheckProtocols(m_ui->protocolCombo->currentData().toInt());
}

void ProxyCheckDialog::setSource(Source source)
{
    m_source = source;
    m_ui->listPanel->setVisible(source == Source::List);
    m_ordersNote.clear();
    m_ui->badLinesLabel->clear();
    m_ui->feedbackLabel->clear();
    if (source == Source::List)
        m_ui->sourceLabel->setText(tr("Paste proxies or load a file, then press Start."));
    updateButtons();
}

void ProxyCheckDialog::checkOrders(const QList<qint64> &orderIds)
{
    if (m_checker.isRunning())
        return;
    setSource(Source::Orders);
    m_orderIds = orderIds;
    delete m_orderProxies;
    m_orderProxies = new OrderProxies(m_orders, this);
    connect(m_orderProxies, &OrderProxies::finished, this, &ProxyCheckDialog::onOrdersLoaded);
    m_ui->sourceLabel->setText(
        tr("Loading the proxies of %n order(s)…", nullptr, int(orderIds.size())));
    // Both ports are kept: the protocol can change between runs without asking again.
    m_loadingOrders = true;
    m_orderProxies->load(orderIds, CheckProtocols::Both);
    updateButtons();
}

void ProxyCheckDialog::onOrdersLoaded()
{
    m_loadingOrders = false;
    QStringList failed;
    for (const OrderProxies::Failure &f : m_orderProxies->failures())
        failed << tr("order %1: %2").arg(f.orderId).arg(f.error.message());
    m_ordersNote = failed.isEmpty()
                       ? QString()
                       : tr("Not checked — %1").arg(failed.join(QStringLiteral("; ")));
    updateButtons();
    start();
}

bool ProxyCheckDialog::start()
{
    if (m_checker.isRunning())
        return false;
    QList<ProxyEndpoint> endpoints;
    if (m_source == Source::Orders) {
        if (!m_orderProxies || m_loadingOrders)
            return false;
        const QList<ProxyProtocol> wanted = ProxyEndpoint::expand(protocols());
        for (const ProxyEndpoint &e : m_orderProxies->endpoints()) {
            if (wanted.contains(e.protocol))
                endpoints.append(e);
        }
        const int orders = int(m_orderIds.size());
        // Two plurals, two phrases: "15 proxy checks across 1 order".
        QString text = tr("%n proxy check(s)", nullptr, int(endpoints.size())) + u' ' +
                       tr("across %n order(s)", nullptr, orders);
        if (!m_ordersNote.isEmpty())
            text += u'\n' + m_ordersNote;
        m_ui->sourceLabel->setText(text);
    } else {
        const ProxyListText::Parsed parsed =
            ProxyListText::parse(m_ui->listEdit->toPlainText(), protocols());
        endpoints = parsed.endpoints;
        QStringList bad;
        for (const ProxyListText::BadLine &line : parsed.bad.mid(0, 5))
            bad << tr("line %1: %2").arg(line.line).arg(line.reason);
        if (parsed.bad.size() > 5)
            bad << tr("and %n more", nullptr, int(parsed.bad.size() - 5));
        m_ui->badLinesLabel->setText(
            bad.isEmpty() ? QString()
                          : tr("Skipped %n line(s) — %1", nullptr, int(parsed.bad.size()))
                                .arg(bad.join(QStringLiteral("; "))));
        m_ui->sourceLabel->setText(
            tr("%n proxy check(s) from the list", nullptr, int(endpoints.size())));
    }
    if (endpoints.isEmpty()) {
        ActionMessage::showWarning(m_ui->feedbackLabel, tr("There is no proxy to check."));
        updateButtons();
        return false;
    }
    saveSettings();
    ProxyChecker::Options options;
    options.concurrency = m_ui->concurrencySpin->value();
    options.timeoutMs = m_ui->timeoutSpin->value();
    options.target = m_checker.sessionTarget().isValid()
                         ? m_checker.sessionTarget()
                         : QUrl::fromUserInput(m_ui->targetEdit->text().trimmed());
    m_ui->feedbackLabel->clear();
    m_checker.start(endpoints, options);
    // What the checker will really use (an unusable address became the default).
    if (!m_checker.sessionTarget().isValid())
        m_ui->targetEdit->setText(m_checker.options().target.toString());
    updateSummary();
    return true;
}

void ProxyCheckDialog::updateButtons()
{
    const bool running = m_checker.isRunning();
    const bool loading = m_source == Source::Orders && m_loadingOrders;
    const bool anyResult = !m_checker.results().isEmpty();
    const ProxyCheckSummary s = m_checker.summary();
    m_ui->startButton->setEnabled(
        !running && !loading &&
        (m_source == Source::Orders || !m_ui->listEdit->toPlainText().trimmed().isEmpty()));
    m_ui->cancelButton->setEnabled(running);
    m_ui->recheckButton->setEnabled(!running && s.failed > 0);
    m_ui->copyButton->setEnabled(anyResult && s.works > 0);
    m_ui->exportButton->setEnabled(anyResult && s.works > 0);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->protocolCombo, m_ui->concurrencySpin, m_ui->timeoutSpin, m_ui->listEdit,
             m_ui->loadFileButton})
        w->setEnabled(!running);
    m_ui->targetEdit->setEnabled(!running);
}

void ProxyCheckDialog::updateSummary()
{
    const ProxyCheckSummary s = m_checker.summary();
    m_ui->progressBar->setMaximum(std::max(1, s.total));
    m_ui->progressBar->setValue(s.total == 0 ? 0 : s.done);
    m_ui->summaryLabel->setText(m_checker.results().isEmpty() ? QString() : s.text());
    updateButtons();
}

void ProxyCheckDialog::applyFilter()
{
    switch (Show(m_ui->showCombo->currentData().toInt())) {
    case Show::All:
        m_filter->setFilterFixedString({});
        break;
    case Show::Failed:
        m_filter->setFilterRole(ProxyCheckModel::FailedRole);
        m_filter->setFilterFixedString(QStringLiteral("true"));
        break;
    case Show::Working:
        m_filter->setFilterRole(ProxyCheckModel::OutcomeRole);
        m_filter->setFilterFixedString(
            QString::number(int(ProxyCheckResult::Outcome::Works)));
        break;
    }
}

QString ProxyCheckDialog::workingText() const
{
    const auto style = ProxyFormat::Style(m_ui->formatCombo->currentData().toInt());
    QStringList lines;
    const QList<ProxyEndpoint> &endpoints = m_checker.endpoints();
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        if (!m_checker.results().at(i).works())
            continue;
        const QString line = endpoints.at(i).formatted(style);
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines.join(u'\n');
}

void ProxyCheckDialog::copyWorking()
{
    const QString text = workingText();
    const int count = text.isEmpty() ? 0 : int(text.count(u'\n')) + 1;
    if (count == 0) {
        ActionMessage::showWarning(m_ui->feedbackLabel,
                                   tr("No working proxy can be written in this format."));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    ActionMessage::showInfo(m_ui->feedbackLabel,
                            tr("Copied %n working proxy(s).", nullptr, count));
    emit copied(count);
}

bool ProxyCheckDialog::saveWorking(const QString &path)
{
    const QString text = workingText();
    const int count = text.isEmpty() ? 0 : int(text.count(u'\n')) + 1;
    return ProxyFileSave::write(m_ui->feedbackLabel, path, text + u'\n',
                                tr("Saved %Ln working proxy(s) to %1.", nullptr, count));
}

void ProxyCheckDialog::chooseFileAndSave()
{
    // Results keep streaming in while the person picks a name.
    ProxyFileSave::askWhere(this, tr("Save working proxies"), QStringLiteral("saveWorkingDialog"),
                            QStringLiteral("working-proxies.txt"),
                            [this](const QString &path) { saveWorking(path); });
}

void ProxyCheckDialog::checkList(const QString &text)
{
    if (m_checker.isRunning())
        return;
    setSource(Source::List);
    if (!text.isEmpty())
        m_ui->listEdit->setPlainText(text);
    m_ui->listEdit->setFocus();
}

void ProxyCheckDialog::loadListFile()
{
    auto *dialog = new QFileDialog(this, tr("Load a proxy list"));
    dialog->setObjectName(QStringLiteral("loadListDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Text files (*.txt *.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (file.size() > kMaxListFileBytes) {
            ActionMessage::showError(m_ui->feedbackLabel,
                                     tr("%1 is too large for a proxy list.")
                                         .arg(QDir::toNativeSeparators(path)));
            return;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            ActionMessage::showError(m_ui->feedbackLabel,
                                     tr("Could not read %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        m_ui->listEdit->setPlainText(QString::fromUtf8(file.readAll()));
    });
    dialog->open();
}

QString ProxyCheckDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString ProxyCheckDialog::sourceText() const
{
    return m_ui->sourceLabel->text();
}

QString ProxyCheckDialog::badLinesText() const
{
    return m_ui->badLinesLabel->text();
}
