#include "accessiblevalue.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>

namespace {

const char *const kExposedProperty = "_sharddesk_accessibleValue";

class ValueLabelAccessible final : public QAccessibleWidget
{
public:
    explicit ValueLabelAccessible(QLabel *label) : QAccessibleWidget(label, QAccessible::StaticText)
    {
    }

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        switch (t) {
        case QAccessible::Name: {
            const QString caption = label->accessibleName();
            const QString value = AccessibleValue::plainText(label);
            if (caption.isEmpty() || value.isEmpty())
                return caption.isEmpty() ? value : caption;
            //: What a screen reader says for a value shown next to its caption:
            //: %1 the caption ("Wallet balance"), %2 the value ("$100.00")
            return QCoreApplication::translate("AccessibleValue", "%1: %2").arg(caption, value);
        }
        case QAccessible::Value:
            return AccessibleValue::plainText(label);
        default:
            return QAccessibleWidget::text(t);
        }
    }
};

QAccessibleInterface *valueLabelFactory(const QString &, QObject *object)
{
    auto *label = qobject_cast<QLabel *>(object);
    if (label && label->property(kExposedProperty).toBool())
        return new ValueLabelAccessible(label);
    return nullptr;
}

} // namespace

namespace AccessibleValue {

void expose(QLabel *label, const QString &caption)
{
    expose(label);
    label->setAccessibleName(caption);
}

void expose(QLabel *label)
{
    static const bool installed = [] {
        QAccessible::installFactory(valueLabelFactory);
        return true;
    }();
    Q_UNUSED(installed);
    label->setProperty(kExposedProperty, true);
    // Qt creates and caches the stock interface as soon as anything about the label changes
    // (setupUi setting its name does): drop it, so that the next query gets this one.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(label);
    if (iface && !dynamic_cast<ValueLabelAccessible *>(iface))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

QString plainText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.simplified();
}

} // namespace AccessibleValue
