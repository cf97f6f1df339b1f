// The window's executable on a command line it cannot run, without a display: the arguments are
// read before the platform plugin starts, so an unknown option is a message and exit 1, never an
// abort inside the plugin (issue 14).

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliAppArgs : public QObject
{
    Q_OBJECT

private slots:
    void unknownOptionWithoutDisplay_data();
    void unknownOptionWithoutDisplay();
    void helpWithoutDisplay();

private:
    static QProcessEnvironment noDisplay();
};

QProcessEnvironment TestCliAppArgs::noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        env.remove(name);
    return env;
}

void TestCliAppArgs::unknownOptionWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("--bogus") << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("-x with --demo") << QStringList{u"--demo"_s, u"--frob"_s} << u"frob"_s;
    // Qt's own options are not the app's to refuse; the unknown one still is.
    QTest::newRow("with -platform") << QStringList{u"-platform"_s, u"xcb"_s, u"--bogus"_s}
                                    << u"bogus"_s;
}

void TestCliAppArgs::unknownOptionWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    QProcess process;
    process.setProcessEnvironment(noDisplay());
    process.start(QString::fromLocal8Bit(SHARDDESK_APP_EXE), args);
    QVERIFY2(process.waitForFinished(20000), "sharddesk did not finish");
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 1, qPrintable(QString::number(process.exitCode()) + u'\n' + err));
    QVERIFY2(err.contains(u"Unknown option"_s), qPrintable(err));
    QVERIFY2(err.contains(option), qPrintable(err));
    QVERIFY2(!err.contains(u"platform plugin"_s), qPrintable(err));
}

void TestCliAppArgs::helpWithoutDisplay()
{
    QProcess process;
    process.setProcessEnvironment(noDisplay());
    process.start(QString::fromLocal8Bit(SHARDDESK_APP_EXE), {u"--help"_s});
    QVERIFY2(process.waitForFinished(20000), "sharddesk did not finish");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("--demo"));
}

QTEST_GUILESS_MAIN(TestCliAppArgs)
#include "tst_cli_appargs.moc"
