#include "geopicker.h"

#include "accessiblevalue.h"
#include "ui_geopicker.h"

#include "services/geoservice.h"

#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>

namespace {
QString codeOf(const QComboBox *combo)
{
    return combo->currentIndex() > 0 ? combo->currentData().toString() : QString();
}
} // namespace

GeoPicker::GeoPicker(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GeoPicker>())
{
    m_ui->setupUi(this);
    AccessibleValue::expose(m_ui->geoNoteLabel);
    for (QComboBox *combo : {m_ui->countryCombo, m_ui->regionCombo, m_ui->cityCombo}) {
        // Typing filters by any part of the name ("king" finds United Kingdom).
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        combo->setMinimumContentsLength(14);
    }
    connect(m_ui->countryCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearBelow(GeoQuery::Level::Countries);
        if (!countryCode().isEmpty())
            load(GeoQuery::Level::Regions);
    });
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this] {
        clearBelow(GeoQuery::Level::Regions);
        if (!regionCode().isEmpty())
            load(GeoQuery::Level::Cities);
    });
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (!codesText().isEmpty())
            QGuiApplication::clipboard()->setText(codesText());
    });
    clearBelow(GeoQuery::Level::Countries);
    m_ui->countryCombo->setEnabled(false);
}

GeoPicker::~GeoPicker() = default;

void GeoPicker::setService(GeoService *geo)
{
    m_geo = geo;
}

void GeoPicker::setType(ProxyType type)
{
    if (type == m_type && m_countriesAsked)
        return;
    m_type = type;
    m_countriesAsked = false;
    m_ui->countryCombo->clear();
    clearBelow(GeoQuery::Level::Countries);
    if (isVisible())
        load(GeoQuery::Level::Countries);
}

void GeoPicker::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_countriesAsked)
        load(GeoQuery::Level::Countries);
}

QComboBox *GeoPicker::comboFor(GeoQuery::Level level) const
{
    switch (level) {
    case GeoQuery::Level::Countries:
        return m_ui->countryCombo;
    case GeoQuery::Level::Regions:
        return m_ui->regionCombo;
    case GeoQuery::Level::Cities:
        return m_ui->cityCombo;
    }
    return nullptr;
}

void GeoPicker::clearBelow(GeoQuery::Level level)
{
    if (level == GeoQuery::Level::Countries) {
        m_ui->regionCombo->clear();
        m_ui->regionCombo->setEnabled(false);
    }
    m_ui->cityCombo->clear();
    m_ui->cityCombo->setEnabled(false);
    m_ui->copyButton->setEnabled(!countryCode().isEmpty());
}

void GeoPicker::load(GeoQuery::Level level)
{
    if (!m_geo)
        return;
    if (level == GeoQuery::Level::Countries) {
        m_countriesAsked = true;
        // A new country list: answers still on their way for the old choice are dropped.
        delete m_context;
        m_context = new QObject(this);
    }
    GeoQuery query;
    query.level = level;
    query.type = m_type;
    query.country = countryCode();
    query.region = level == GeoQuery::Level::Cities ? regionCode() : QString();
    QComboBox *combo = comboFor(level);
    combo->setEnabled(false);
    m_ui->geoNoteLabel->setText(tr("Loading…"));
    m_geo->load(query, m_context, [this, query, combo](ApiResult<GeoList> r) {
        // The choice above may have changed while this list was on its way.
        if (query.country != countryCode() && query.level != GeoQuery::Level::Countries)
            return;
        if (query.level == GeoQuery::Level::Cities && query.region != regionCode())
            return;
        if (!r.ok()) {
            m_ui->geoNoteLabel->setText(tr("The list could not be loaded: %1").arg(r.error().message()));
            // Asked again the next time the picker is shown (a failure is not kept).
            if (query.level == GeoQuery::Level::Countries)
                m_countriesAsked = false;
            return;
        }
        fill(combo, r.value());
        // A country without regions lists its cities under an empty region.
        if (query.level == GeoQuery::Level::Regions && r.value().places.isEmpty())
            load(GeoQuery::Level::Cities);
    });
}

void GeoPicker::fill(QComboBox *combo, const GeoList &list)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(list.places.isEmpty() ? tr("(none)") : tr("(any)"), QString());
    for (const GeoPlace &place : list.places)
        combo->addItem(place.name == place.code ? place.code
                                                : tr("%1 (%2)").arg(place.name, place.code),
                       place.code);
    combo->setCurrentIndex(0);
    combo->setEnabled(!list.places.isEmpty());
    QString note = tr("%Ln place(s) listed.", nullptr, int(list.places.size()));
    if (list.maybeIncomplete())
        note += u' ' + tr("The server counts %L1 places, so the list may be cut short.").arg(*list.count);
    if (!list.skipped.isEmpty())
        note += u' ' + list.skipped.summary();
    m_ui->geoNoteLabel->setText(note);
}

QString GeoPicker::countryCode() const
{
    return codeOf(m_ui->countryCombo);
}

QString GeoPicker::regionCode() const
{
    return codeOf(m_ui->regionCombo);
}

QString GeoPicker::cityCode() const
{
    return codeOf(m_ui->cityCombo);
}

QString GeoPicker::codesText() const
{
    if (countryCode().isEmpty())
        return {};
    if (!cityCode().isEmpty()) // "-": the city's country has no regions (as the CLI writes it)
        return QStringList{countryCode(), regionCode().isEmpty() ? QStringLiteral("-") : regionCode(),
                           cityCode()}
            .join(u'/');
    return regionCode().isEmpty() ? countryCode() : countryCode() + u'/' + regionCode();
}

QString GeoPicker::noteText() const
{
    return m_ui->geoNoteLabel->text();
}
