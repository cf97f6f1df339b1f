#include "windowstate.h"

#include "enumsetting.h"
#include "setting.h"

namespace {
const Setting<QByteArray> kGeometry(QStringLiteral("window/geometry"), {});
const Setting<QByteArray> kState(QStringLiteral("window/state"), {});
const Setting<QByteArray> kSplitter(QStringLiteral("window/splitter"), {});
const Setting<QByteArray> kOrdersHeader(QStringLiteral("orders/header"), {});
const Setting<bool> kShowFilters(QStringLiteral("window/showFilters"), true);
const Setting<bool> kShowDetails(QStringLiteral("window/showDetails"), true);
// Older versions stored the category as its number, in this enum's order.
const EnumSetting<WindowState::Category> kFilterCategory(
    QStringLiteral("filter/category"), WindowState::Category::Active,
    {{WindowState::Category::All, "all"},
     {WindowState::Category::Active, "active"},
     {WindowState::Category::OnHold, "on-hold"},
     {WindowState::Category::Cancelled, "cancelled"},
     {WindowState::Category::ExpiringSoon, "expiring-soon"}});
const Setting<QString> kFilterProduct(QStringLiteral("filter/product"), {});
const Setting<QString> kFilterTag(QStringLiteral("filter/tag"), {});
const Setting<QString> kFilterText(QStringLiteral("filter/text"), {});
} // namespace

WindowState WindowState::load(const QSettings &settings)
{
    WindowState s;
    s.geometry = kGeometry.read(settings);
    s.state = kState.read(settings);
    s.splitter = kSplitter.read(settings);
    s.ordersHeader = kOrdersHeader.read(settings);
    s.showFilters = kShowFilters.read(settings);
    s.showDetails = kShowDetails.read(settings);
    s.filterCategory = kFilterCategory.read(settings);
    s.filterProduct = kFilterProduct.read(settings);
    s.filterTag = kFilterTag.read(settings);
    s.filterText = kFilterText.read(settings);
    return s;
}

void WindowState::save(QSettings &settings) const
{
    kGeometry.write(settings, geometry);
    kState.write(settings, state);
    kSplitter.write(settings, splitter);
    kOrdersHeader.write(settings, ordersHeader);
    kShowFilters.write(settings, showFilters);
    kShowDetails.write(settings, showDetails);
    kFilterCategory.write(settings, filterCategory);
    kFilterProduct.write(settings, filterProduct);
    kFilterTag.write(settings, filterTag);
    kFilterText.write(settings, filterText);
}
