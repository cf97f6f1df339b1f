// TagEditorDelegate on the orders table (OrdersModel, also behind a sort/filter proxy): the
// editor starts with the order's tag and completes from the tags in use; committing never writes
// into the model but emits tagEdited(orderId, tag) only when the tag changed (empty clears it);
// wired to OrderEditor::setTag, the server gets exactly one request and the new tag.

#include "actionsupport.h"

#include "actions/tageditordelegate.h"
#include "ordersmodel.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>

#include <memory>

using namespace ActionTest;

class TestTagEditorDelegate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editorStartsWithTagAndCompletes();
    void commitEmitsWithoutWritingTheModel();
    void unchangedTagEmitsNothing();
    void emptyTagClears();
    void worksBehindAProxyModel();
    void wiredToOrderEditorReachesTheServer();

private:
    // An order that has a tag, and its index in the Tag column of `model`.
    QModelIndex taggedIndex(const QAbstractItemModel *model, qint64 *orderId = nullptr) const;
    QLineEdit *openEditor(const QModelIndex &index);
    void commit(QLineEdit *editor, QAbstractItemModel *model, const QModelIndex &index);

    std::unique_ptr<MockServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<OrdersModel> m_model;
    std::unique_ptr<QTableView> m_view;
    std::unique_ptr<TagEditorDelegate> m_delegate;
};

void TestTagEditorDelegate::initTestCase()
{
    initApplication("tst_tageditordelegate");
    m_server = std::make_unique<MockServer>();
    QVERIFY(m_server->listen());
}

void TestTagEditorDelegate::init()
{
    m_server->clearFaults();
    m_server->resetDemoData(80);
    m_services = std::make_unique<Services>(*m_server);
    QVERIFY(m_services->sync());
    // The alerts load the details of orders about to lapse after a sync: let them finish, so
    // "nothing in flight" below is about the delegate.
    QTRY_COMPARE_WITH_TIMEOUT(m_services->client.callsInFlight(), 0, 10000);
    m_server->clearRecorded();
    m_model = std::make_unique<OrdersModel>(&m_services->store);
    m_delegate = std::make_unique<TagEditorDelegate>(m_services->store);
    m_view = std::make_unique<QTableView>();
    m_view->setModel(m_model.get());
    m_view->setItemDelegateForColumn(OrdersModel::TagColumn, m_delegate.get());
    m_view->resize(900, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTagEditorDelegate::cleanup()
{
    m_view.reset();
    m_delegate.reset();
    m_model.reset();
    m_services.reset();
}

QModelIndex TestTagEditorDelegate::taggedIndex(const QAbstractItemModel *model,
                                               qint64 *orderId) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, OrdersModel::TagColumn);
        const qint64 id = index.data(OrdersModel::OrderIdRole).toLongLong();
        if (!m_services->store.find(id)->tag.isEmpty()) {
            if (orderId)
                *orderId = id;
            return index;
        }
    }
    return {};
}

QLineEdit *TestTagEditorDelegate::openEditor(const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.rect = m_view->visualRect(index);
    QWidget *editor = m_delegate->createEditor(m_view->viewport(), option, index);
    m_delegate->setEditorData(editor, index);
    return qobject_cast<QLineEdit *>(editor);
}

void TestTagEditorDelegate::commit(QLineEdit *editor, QAbstractItemModel *model,
                                   const QModelIndex &index)
{
    m_delegate->setModelData(editor, model, index);
}

void TestTagEditorDelegate::editorStartsWithTagAndCompletes()
{
    qint64 id = 0;
    const QModelIndex index = taggedIndex(m_model.get(), &id);
    QVERIFY(index.isValid());
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    QVERIFY(editor);
    QCOMPARE(editor->text(), m_services->store.find(id)->tag);
    QVERIFY(!editor->accessibleName().isEmpty());
    QCompleter *completer = editor->completer();
    QVERIFY(completer);
    auto *list = qobject_cast<QStringListModel *>(completer->model());
    QVERIFY(list);
    QCOMPARE(list->stringList(), m_services->store.tagsInUse());

    // Typing part of a tag in use offers it.
    const QString someTag = m_services->store.tagsInUse().first();
    editor->show();
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(editor.get(), someTag.left(2));
    QVERIFY(completer->completionCount() >= 1);
    QVERIFY(completer->completionModel()->index(0, 0).data().toString().contains(
        someTag.left(2), Qt::CaseInsensitive));
}

void TestTagEditorDelegate::commitEmitsWithoutWritingTheModel()
{
    qint64 id = 0;
    const QModelIndex index = taggedIndex(m_model.get(), &id);
    const QString before = m_services->store.find(id)->tag;
    const QVariant shown = index.data();
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    editor->setText(QStringLiteral("  renamed  "));
    QSignalSpy edited(m_delegate.get(), &TagEditorDelegate::tagEdited);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    commit(editor.get(), m_model.get(), index);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).toLongLong(), id);
    QCOMPARE(edited.first().at(1).toString(), QStringLiteral("renamed"));
    // Nothing written: the store and the model still show what the server has.
    QCOMPARE(changed.size(), 0);
    QCOMPARE(index.data(), shown);
    QCOMPARE(m_services->store.find(id)->tag, before);
    QCOMPARE(m_services->client.callsInFlight(), 0);
    QCOMPARE(m_server->requestCount("POST", {}), 0);
}

void TestTagEditorDelegate::unchangedTagEmitsNothing()
{
    const QModelIndex index = taggedIndex(m_model.get());
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    QSignalSpy edited(m_delegate.get(), &TagEditorDelegate::tagEdited);
    editor->setText(editor->text() + QStringLiteral("  ")); // only spaces added
    commit(editor.get(), m_model.get(), index);
    QCOMPARE(edited.size(), 0);
}

void TestTagEditorDelegate::emptyTagClears()
{
    qint64 id = 0;
    const QModelIndex index = taggedIndex(m_model.get(), &id);
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    editor->clear();
    QSignalSpy edited(m_delegate.get(), &TagEditorDelegate::tagEdited);
    commit(editor.get(), m_model.get(), index);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).toLongLong(), id);
    QCOMPARE(edited.first().at(1).toString(), QString());
}

void TestTagEditorDelegate::worksBehindAProxyModel()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(OrdersModel::IdColumn, Qt::DescendingOrder);
    qint64 id = 0;
    QModelIndex index = taggedIndex(&proxy, &id);
    // The order must matter: the row in the proxy is another order in the source.
    if (m_model->index(index.row(), 0).data(OrdersModel::OrderIdRole).toLongLong() == id) {
        proxy.sort(OrdersModel::IdColumn, Qt::AscendingOrder);
        index = taggedIndex(&proxy, &id);
    }
    QVERIFY(index.isValid());
    QVERIFY(m_model->index(index.row(), 0).data(OrdersModel::OrderIdRole).toLongLong() != id);
    m_view->setModel(&proxy);
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    QCOMPARE(editor->text(), m_services->store.find(id)->tag);
    editor->setText(QStringLiteral("via-proxy"));
    QSignalSpy edited(m_delegate.get(), &TagEditorDelegate::tagEdited);
    commit(editor.get(), &proxy, index);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().at(0).toLongLong(), id);
}

void TestTagEditorDelegate::wiredToOrderEditorReachesTheServer()
{
    // As the window wires it.
    connect(m_delegate.get(), &TagEditorDelegate::tagEdited, &m_services->editor,
            [this](qint64 orderId, const QString &tag) { m_services->editor.setTag(orderId, tag); });
    qint64 id = 0;
    const QModelIndex index = taggedIndex(m_model.get(), &id);
    std::unique_ptr<QLineEdit> editor(openEditor(index));
    editor->setText(QStringLiteral("from-delegate"));
    QSignalSpy finished(&m_services->editor, &OrderEditor::editFinished);
    commit(editor.get(), m_model.get(), index);
    QVERIFY(m_services->store.isPending(id)); // the row shows the pending value at once
    QCOMPARE(m_services->store.find(id)->tag, QStringLiteral("from-delegate"));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(finished.first().at(2).toBool());
    QCOMPARE(clientTag(m_server->order(id)->tag), QStringLiteral("from-delegate"));
    QCOMPARE(exactRequestCount(*m_server, "POST", orderPath(id, QStringLiteral("/tag"))), 1);
    QCOMPARE(m_server->requestCount("POST", {}), 1);
}

QTEST_MAIN(TestTagEditorDelegate)
#include "tst_tageditordelegate.moc"
