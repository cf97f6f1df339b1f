#pragma once

#include "domain/productkind.h"

#include <QAbstractTableModel>
#include <QList>

class CatalogService;
struct Product;

// The countries a product is sold in, each with its live stock. Sold-out countries stay listed
// (the person sees they exist) but cannot be selected.
class CountryStockModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CountryColumn, CodeColumn, StockColumn, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // ISO code, as the API wants it
        StockRole,                   // qint64 units; -1 when unknown
        SortRole,                    // raw value of the column, for sorting
        SearchRole,                  // what the search box matches: name and code
    };

    explicit CountryStockModel(CatalogService *catalog, QObject *parent = nullptr);

    void setProduct(const Product *product);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(const QString &code) const;
    QString codeAt(int row) const;
    qint64 stockAt(int row) const;

    // "Germany" for "DE"; the code itself when Qt does not know it.
    static QString countryName(const QString &code);

private:
    struct Row
    {
        QString code;
        QString name;
        qint64 stock = -1;
    };

    void updateStock();

    CatalogService *m_catalog;
    ProductKind m_kind = ProductKind::Other;
    QString m_stockCode;
    QList<Row> m_rows;
};
