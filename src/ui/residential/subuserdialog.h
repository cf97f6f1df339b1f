#pragma once

#include "domain/proxytype.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SubUserDialog;
}

// A new sub-user's name and traffic, checked as the editor will check them before anything is
// sent. It sends nothing itself: after Accepted, name() and gb() are what to create.
class SubUserDialog final : public QDialog
{
    Q_OBJECT

public:
    SubUserDialog(ProxyType type, QWidget *parent = nullptr);
    ~SubUserDialog() override;

    QString name() const;
    qint64 gb() const;
    void accept() override;

private:
    std::unique_ptr<Ui::SubUserDialog> m_ui;
};
