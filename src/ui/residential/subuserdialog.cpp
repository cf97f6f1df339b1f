#include "subuserdialog.h"

#include "actions/actionmessage.h"
#include "ui_subuserdialog.h"

#include "services/subusereditor.h"

#include <QPushButton>

SubUserDialog::SubUserDialog(ProxyType type, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SubUserDialog>())
{
    m_ui->setupUi(this);
    const QString pool = type == ProxyType::Premium ? tr("Premium") : tr("Standard");
    setWindowTitle(tr("New %1 sub-user").arg(pool));
    m_ui->introLabel->setText(tr("A sub-user gets its own login and a share of the %1 pool's "
                                 "traffic. Nothing is charged: the traffic comes from what the "
                                 "pool already has.")
                                  .arg(pool));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SubUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SubUserDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this,
            [this] { ActionMessage::showError(m_ui->errorLabel, QString()); });
}

SubUserDialog::~SubUserDialog() = default;

QString SubUserDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

qint64 SubUserDialog::gb() const
{
    return m_ui->trafficSpin->value();
}

void SubUserDialog::accept()
{
    QString problem = SubUserEditor::nameProblem(name());
    if (problem.isEmpty())
        problem = SubUserEditor::amountProblem(gb());
    if (!problem.isEmpty()) {
        ActionMessage::showError(m_ui->errorLabel, problem);
        m_ui->nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}
