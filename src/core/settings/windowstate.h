#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

// How the main window was left: its layout, the panels shown and the filter, restored at the
// next start. Not preferences: nobody chooses these in Settings.
struct WindowState
{
    // The order filter's categories (the filter itself is a model the core does not see).
    enum class Category { All, Active, OnHold, Cancelled, ExpiringSoon };

    QByteArray geometry;
    QByteArray state;
    QByteArray splitter;
    QByteArray ordersHeader;
    bool showFilters = true;
    bool showDetails = true;
    // First start: what is running.
    Category filterCategory = Category::Active;
    QString filterProduct;
    QString filterTag;
    QString filterText;

    static WindowState load(const QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const WindowState &, const WindowState &) = default;
};
