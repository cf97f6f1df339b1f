#pragma once

#include "domain/geolist.h"

#include <QWidget>

#include <memory>

namespace Ui {
class GeoPicker;
}
class GeoService;
class QComboBox;

// Country → region → city of one residential pool, each list loaded from the server only when
// it is needed (the countries when the picker is first shown, the regions when a country is
// chosen, the cities when a region is) and kept for the session by GeoService. Every list can
// be filtered by typing; the chosen codes can be copied.
class GeoPicker final : public QWidget
{
    Q_OBJECT

public:
    explicit GeoPicker(QWidget *parent = nullptr);
    ~GeoPicker() override;

    void setService(GeoService *geo);
    void setType(ProxyType type);
    ProxyType type() const { return m_type; }

    QString countryCode() const;
    QString regionCode() const;
    QString cityCode() const;
    // "DE", "DE/BY", "DE/BY/munich": what Copy puts on the clipboard.
    QString codesText() const;
    QString noteText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(GeoQuery::Level level);
    void fill(QComboBox *combo, const GeoList &list);
    void clearBelow(GeoQuery::Level level);
    QComboBox *comboFor(GeoQuery::Level level) const;

    std::unique_ptr<Ui::GeoPicker> m_ui;
    GeoService *m_geo = nullptr;
    ProxyType m_type = ProxyType::Standart;
    bool m_countriesAsked = false;
    QObject *m_context = nullptr; // answers for an older choice are dropped with it
};
