// The Russian interface: under LANG=ru_RU.UTF-8 (set by CTest) ShardDesk loads its Russian
// catalogue as main() does, the windows show Russian words and plurals take the right form;
// and the catalogue itself is complete: every string lupdate finds in src/ and ui/ today has a
// finished Russian translation with the same placeholders and three plural forms.

#include "guisupport.h"

#include "mainwindow.h"
#include "ordersmodel.h"
#include "settingsdialog.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

using namespace GuiTest;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the plural forms
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && current.source.isNull() && !current.numerus)
                context = xml.readElementText();
            else if (name == u"message") {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == u"numerusform")
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            current = Message();
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestRussian final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void systemLocaleIsRussian();
    void windowSpeaksRussian();
    void pluralsTakeTheRightForm();
    void settingsOfferTheLanguages();
    void catalogueIsComplete();
};

void TestRussian::initTestCase()
{
    // Not initApplication(): that forces English formatting; here the system locale rules.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ShardDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_russian"));
    QSettings().clear();
    QVERIFY(Translations::install(QString()));
}

void TestRussian::systemLocaleIsRussian()
{
    QCOMPARE(QLocale().language(), QLocale::Russian);
}

void TestRussian::windowSpeaksRussian()
{
    Services services;
    MainWindow window(services.context);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList{QStringLiteral("&Файл"), QStringLiteral("&Правка"),
                                 QStringLiteral("&Заказ"), QStringLiteral("&Вид"),
                                 QStringLiteral("&Справка")}));
    const QString product =
        window.ordersModel()->headerData(OrdersModel::ProductColumn, Qt::Horizontal).toString();
    QCOMPARE(product, QStringLiteral("Продукт"));
    saveShot(&window, QStringLiteral("main-window-ru"));
}

void TestRussian::pluralsTakeTheRightForm()
{
    auto minutes = [](int n) {
        return QCoreApplication::translate("MainWindow", "Auto-&refresh every %Ln minute(s)",
                                           nullptr, n);
    };
    QVERIFY2(minutes(1).contains(QStringLiteral("1 минуту")), qPrintable(minutes(1)));
    QVERIFY2(minutes(3).contains(QStringLiteral("3 минуты")), qPrintable(minutes(3)));
    QVERIFY2(minutes(5).contains(QStringLiteral("5 минут")), qPrintable(minutes(5)));
    QVERIFY2(minutes(21).contains(QStringLiteral("21 минуту")), qPrintable(minutes(21)));
    // Large counts are grouped the Russian way (a no-break space), as money is.
    const QString shown =
        QCoreApplication::translate("SyncStatus", "Showing %1 of %Ln order(s)", nullptr, 100000)
            .arg(QLocale().toString(66946));
    QCOMPARE(shown, QStringLiteral("Показано 66\u00a0946 из 100\u00a0000 заказов"));
}

void TestRussian::settingsOfferTheLanguages()
{
    QCOMPARE(SettingsDialog::availableLanguages(),
             (QStringList{QStringLiteral("en"), QStringLiteral("ru")}));
    SettingsDialog dialog(Preferences::load(QSettings()), {});
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Настройки"));
    auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(languages);
    QCOMPARE(languages->count(), 3);
    QCOMPARE(languages->itemText(1), QStringLiteral("English"));
    QCOMPARE(languages->itemText(2), QStringLiteral("Русский"));
    // Qt's own words come from Qt's catalogue (qt6-translations-l10n).
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, QStringLiteral("settings-dialog-ru"));
}

void TestRussian::catalogueIsComplete()
{
    const QString shipped = QStringLiteral(SHARDDESK_SOURCE_DIR "/resources/translations/sharddesk_ru.ts");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // What the code says today, without touching the shipped catalogue.
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QVERIFY(QFile::copy(shipped, fresh));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SHARDDESK_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral(SHARDDESK_SOURCE_DIR "/src"),
                   QStringLiteral(SHARDDESK_SOURCE_DIR "/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    const QList<Message> messages = readCatalogue(fresh);
    QVERIFY(messages.size() > 600);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (m.unfinished || m.translations.isEmpty()) {
            problems.append(QStringLiteral("untranslated: ") + where);
            continue;
        }
        if (m.numerus && m.translations.size() != 3)
            problems.append(QStringLiteral("needs 3 plural forms: ") + where);
        for (const QString &t : m.translations) {
            if (t.isEmpty())
                problems.append(QStringLiteral("empty form: ") + where);
            else if (placeholders(t) != placeholders(m.source))
                problems.append(QStringLiteral("placeholders differ: ") + where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestRussian)
#include "tst_gui_russian.moc"
