#include "testengine.h"
#include "testlibrary.h"

#include <QSqlQuery>

#include "library/librarycommands.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Gleaner;
using namespace Gleaner::Test;

// Undo and redo of every library edit, without a GUI (as Okular's addremoveannotationtest).
class TestLibraryCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LibraryStore m_store;
    UndoStack m_stack;
    qint64 m_articleId = 0;
    Annotation amountAnnotation() const;

private Q_SLOTS:
    void initTestCase();
    void init() { m_stack.clear(); }
    void addAnnotationUndoRedo();
    void editAnnotationUndoRedo();
    void editOfWhatAnotherUserChangedIsRefused();
    void undoOfAnAddAnotherUserEditedIsRefused();
    void othersChangesEndOnlyTheHistoryTheyOvertook();
    void ownStepsOnOneRowUndoAndRedoInAnyNumber();
    void deleteAnnotationUndoRedo();
    void failedCommandIsNotPushed();
    void pillarAddRenameUndo();
    void pillarMergeUndoRedo();
    void pillarDeleteUndo();
    void pillarRecolorUndo();
    void articlePropertiesUndo();
    void rejectSuggestionUndo();
    void pillarAndArticleEditsOthersOvertookAreRefused();
    void macroIsOneStep();
    void newPushDropsRedo();
    void historyMovesOnlyWhenCommitted();
};

void TestLibraryCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    GLEANER_REQUIRE_ENGINE();
    QVERIFY(m_store.open(newLibrary(m_dir, QStringLiteral("undo.gleaner")), {true, false, 1000}));
    m_articleId = *m_store.addArticle(sampleArticle());
}

Annotation TestLibraryCommands::amountAnnotation() const
{
    Annotation a;
    a.articleId = m_articleId;
    a.kind = AnnotationKind::Amount;
    a.start = 25;
    a.end = 35;
    a.amount = QStringLiteral("4000000000");
    a.currency = QStringLiteral("USD");
    return a;
}

void TestLibraryCommands::addAnnotationUndoRedo()
{
    QSignalSpy changed(&m_stack, &UndoStack::changed);
    auto command = std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation());
    AddAnnotationCommand *raw = command.get();
    QVERIFY(m_stack.push(std::move(command)));
    const qint64 id = raw->annotationId();
    QVERIFY(m_store.annotation(id));
    QVERIFY(m_stack.canUndo());
    QCOMPARE(m_stack.undoText(), QStringLiteral("Add amount"));
    QVERIFY(m_stack.undo());
    QVERIFY(!m_store.annotation(id));
    QVERIFY(m_stack.canRedo());
    QVERIFY(m_stack.redo());
    const auto back = m_store.annotation(id);
    QVERIFY(back); // the same id comes back
    QCOMPARE(back->amount, QStringLiteral("4000000000"));
    QCOMPARE(changed.count(), 3);
}

void TestLibraryCommands::editAnnotationUndoRedo()
{
    const qint64 id = *m_store.addAnnotation(amountAnnotation());
    const Annotation before = *m_store.annotation(id);
    Annotation after = before;
    after.amount = QStringLiteral("5000000000");
    after.qualifier = QStringLiteral("more than");
    QVERIFY(m_stack.push(std::make_unique<EditAnnotationCommand>(&m_store, before, after)));
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("5000000000"));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("4000000000"));
    QCOMPARE(m_store.annotation(id)->qualifier, QString());
    QVERIFY(m_stack.redo());
    QCOMPARE(m_store.annotation(id)->qualifier, QStringLiteral("more than"));
}

// Another user (another program, another desk member on a server) changes the
// annotation between the moment this user saw it and their edit, or their undo:
// the edit is refused with a clear message and the other user's value stays.
void TestLibraryCommands::editOfWhatAnotherUserChangedIsRefused()
{
    const qint64 id = *m_store.addAnnotation(amountAnnotation());
    const Annotation seen = *m_store.annotation(id);
    auto otherUserSets = [&](const QString &amount) {
        QTest::qWait(2); // their edit is at least a millisecond later
        QSqlQuery other(m_store.database());
        other.prepare(QStringLiteral("UPDATE annotations SET amount = ?, updated_at = ? WHERE id = ?"));
        other.addBindValue(amount);
        other.addBindValue(LibraryStore::timestamp(QDateTime::currentDateTimeUtc()));
        other.addBindValue(id);
        QVERIFY(other.exec());
    };
    otherUserSets(QStringLiteral("7000000000"));
    Annotation mine = seen;
    mine.amount = QStringLiteral("5000000000");
    QVERIFY(!m_stack.push(std::make_unique<EditAnnotationCommand>(&m_store, seen, mine)));
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QVERIFY2(m_store.lastError().message.contains(QLatin1String("Someone else changed")),
             qPrintable(m_store.lastError().message));
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("7000000000"));
    QVERIFY(!m_stack.canUndo());

    // Edited from what is there now, then changed by the other user: undo is refused.
    const Annotation fresh = *m_store.annotation(id);
    mine = fresh;
    mine.amount = QStringLiteral("5000000000");
    QVERIFY(m_stack.push(std::make_unique<EditAnnotationCommand>(&m_store, fresh, mine)));
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("5000000000"));
    QVERIFY(m_stack.undo()); // nobody else changed it: undo and redo work
    QVERIFY(m_stack.redo());
    otherUserSets(QStringLiteral("9000000000"));
    QVERIFY(!m_stack.undo());
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("9000000000"));

    // Deleted by the other user: the edit says so.
    QSqlQuery gone(m_store.database());
    QVERIFY(gone.exec(QStringLiteral("DELETE FROM annotations WHERE id = %1").arg(id)));
    const Annotation last = fresh;
    Annotation change = last;
    change.amount = QStringLiteral("1");
    QVERIFY(!m_stack.push(std::make_unique<EditAnnotationCommand>(&m_store, last, change)));
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QVERIFY(m_store.lastError().message.contains(QLatin1String("deleted")));
}

void TestLibraryCommands::undoOfAnAddAnotherUserEditedIsRefused()
{
    auto add = std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation());
    AddAnnotationCommand *command = add.get();
    QVERIFY(m_stack.push(std::move(add)));
    const qint64 id = command->annotationId();
    QVERIFY(m_stack.undo()); // nobody else touched it: undo and redo work
    QVERIFY(m_stack.redo());
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("4000000000"));

    // Another user corrects the amount: undoing the add would delete their work.
    QTest::qWait(2);
    QSqlQuery other(m_store.database());
    other.prepare(
        QStringLiteral("UPDATE annotations SET amount = '4500000000', updated_at = ? WHERE id = ?"));
    other.addBindValue(LibraryStore::timestamp(QDateTime::currentDateTimeUtc()));
    other.addBindValue(id);
    QVERIFY(other.exec());
    QVERIFY(!m_stack.undo());
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QVERIFY2(m_store.lastError().message.contains(QLatin1String("it was not deleted")),
             qPrintable(m_store.lastError().message));
    QCOMPARE(m_store.annotation(id)->amount, QStringLiteral("4500000000"));
    QVERIFY(m_stack.canUndo()); // still there, to try again once it is undone elsewhere
    QVERIFY(m_store.deleteAnnotation(id));
}

void TestLibraryCommands::ownStepsOnOneRowUndoAndRedoInAnyNumber()
{
    // The row's version moves with each step; the user's own undo and redo of a
    // chain of steps on one row are never taken for another user's change.
    const qint64 pillar = *m_store.addPillar(QStringLiteral("Power"), QStringLiteral("#aa5500"));
    Annotation tagged = amountAnnotation();
    tagged.kind = AnnotationKind::Pillar;
    tagged.pillarId = pillar;
    tagged.amount.clear();
    tagged.currency.clear();
    auto add = std::make_unique<AddAnnotationCommand>(&m_store, tagged);
    AddAnnotationCommand *added = add.get();
    QVERIFY(m_stack.push(std::move(add)));
    const qint64 id = added->annotationId();
    Annotation seen = *m_store.annotation(id);
    for (const char *note : {"first", "second"}) {
        QTest::qWait(2);
        Annotation next = seen;
        next.note = QLatin1String(note);
        QVERIFY2(m_stack.push(std::make_unique<EditAnnotationCommand>(&m_store, seen, next)),
                 qPrintable(m_store.lastError().message));
        seen = *m_store.annotation(id);
    }
    const qint64 into = *m_store.addPillar(QStringLiteral("Energy"), QStringLiteral("#55aa00"));
    QVERIFY(m_stack.push(
        std::make_unique<MergePillarsCommand>(&m_store, *m_store.pillar(pillar), *m_store.pillar(into))));
    for (int round = 0; round < 2; ++round) {
        while (m_stack.canUndo())
            QVERIFY2(m_stack.undo(), qPrintable(m_store.lastError().message));
        QVERIFY(!m_store.annotation(id));
        QTest::qWait(2);
        while (m_stack.canRedo())
            QVERIFY2(m_stack.redo(), qPrintable(m_store.lastError().message));
        QCOMPARE(m_store.annotation(id)->note, QStringLiteral("second"));
        QCOMPARE(m_store.annotation(id)->pillarId, into);
    }
    while (m_stack.canUndo())
        QVERIFY2(m_stack.undo(), qPrintable(m_store.lastError().message));
    QVERIFY(m_store.deletePillar(pillar));
    QVERIFY(m_store.deletePillar(into));
}

namespace {
// A step that records when it runs, touching what it is given.
class Touching : public UndoCommand
{
public:
    Touching(const QString &name, QVector<ChangeScope> scopes)
        : UndoCommand(name), m_scopes(std::move(scopes))
    {}
    bool redo() override { return true; }
    bool undo() override { return true; }
    QVector<ChangeScope> scopes() const override { return m_scopes; }

private:
    QVector<ChangeScope> m_scopes;
};
} // namespace

void TestLibraryCommands::othersChangesEndOnlyTheHistoryTheyOvertook()
{
    const ChangeScope pillars{ChangeScope::Pillars, 0};
    const ChangeScope notes1{ChangeScope::Annotations, 1};
    const ChangeScope notes2{ChangeScope::Annotations, 2};
    const ChangeScope article2{ChangeScope::Article, 2};
    auto fill = [this](const QVector<QVector<ChangeScope>> &steps, int undone) {
        m_stack.clear();
        for (int i = 0; i < steps.size(); ++i)
            QVERIFY(m_stack.push(std::make_unique<Touching>(QString::number(i), steps[i])));
        for (int i = 0; i < undone; ++i)
            QVERIFY(m_stack.undo());
    };
    auto texts = [this]() {
        QStringList all; // every step's text, from the oldest, once all were undone
        while (m_stack.canUndo()) {
            if (!m_stack.undo())
                return QStringList{QStringLiteral("undo failed")};
        }
        while (m_stack.canRedo()) {
            all << m_stack.redoText();
            if (!m_stack.redo())
                return QStringList{QStringLiteral("redo failed")};
        }
        return all;
    };
    const QVector<QVector<ChangeScope>> steps{{pillars}, {notes1}, {article2}, {notes2}};

    // Others' annotations on the same articles: each row checks its own version.
    fill(steps, 0);
    QCOMPARE(m_stack.dropConflicting({notes1, {ChangeScope::Annotations, 3}}), 0);
    QCOMPARE(m_stack.count(), 4);
    // A pillar renamed elsewhere: the pillar step goes, the later ones stay.
    QCOMPARE(m_stack.dropConflicting({pillars}), 1);
    QCOMPARE(texts(), (QStringList{"1", "2", "3"}));
    // Article 2's annotations changed: the step on its properties goes, and
    // everything behind it; the newer note on it stays.
    fill(steps, 0);
    QCOMPARE(m_stack.dropConflicting({{ChangeScope::Annotations, 2}}), 3);
    QCOMPARE(texts(), QStringList{"3"});
    // Article 1 deleted elsewhere, with two steps undone: the redo of step 1
    // and everything after it goes; step 0 can still be undone.
    fill(steps, 3);
    QCOMPARE(m_stack.dropConflicting({{ChangeScope::ArticleRemoved, 1}}), 3);
    QCOMPARE(m_stack.index(), 1);
    QVERIFY(!m_stack.canRedo());
    QCOMPARE(m_stack.undoText(), QStringLiteral("0"));
    // A new article elsewhere overtakes nothing.
    fill(steps, 2);
    QCOMPARE(m_stack.dropConflicting({{ChangeScope::ArticleAdded, 2}, {ChangeScope::Feeds, 0}}), 0);
    QCOMPARE(m_stack.count(), 4);
    QCOMPARE(m_stack.index(), 2);
}

void TestLibraryCommands::deleteAnnotationUndoRedo()
{
    const qint64 id = *m_store.addAnnotation(amountAnnotation());
    const Annotation saved = *m_store.annotation(id);
    QVERIFY(m_stack.push(std::make_unique<DeleteAnnotationCommand>(&m_store, saved)));
    QVERIFY(!m_store.annotation(id));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.annotation(id)->quote, saved.quote);
    QVERIFY(m_stack.redo());
    QVERIFY(!m_store.annotation(id));
}

void TestLibraryCommands::failedCommandIsNotPushed()
{
    Annotation bad = amountAnnotation();
    bad.amount = QStringLiteral("ten");
    QSignalSpy failed(&m_stack, &UndoStack::commandFailed);
    QVERIFY(!m_stack.push(std::make_unique<AddAnnotationCommand>(&m_store, bad)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(m_store.lastError().code, LibraryError::Code::InvalidInput);
}

void TestLibraryCommands::pillarAddRenameUndo()
{
    auto add =
        std::make_unique<AddPillarCommand>(&m_store, QStringLiteral("Cyber"), QStringLiteral("#aa0000"));
    AddPillarCommand *raw = add.get();
    QVERIFY(m_stack.push(std::move(add)));
    const qint64 id = raw->pillarId();
    QVERIFY(m_stack.push(std::make_unique<RenamePillarCommand>(&m_store, id, QStringLiteral("Cyber"),
                                                               QStringLiteral("Cybersecurity"))));
    QCOMPARE(m_store.pillar(id)->name, QStringLiteral("Cybersecurity"));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.pillar(id)->name, QStringLiteral("Cyber"));
    QVERIFY(m_stack.undo());
    QVERIFY(!hasPillar(m_store, QStringLiteral("Cyber")));
    QVERIFY(m_stack.redo());
    QCOMPARE(m_store.pillar(id)->color, QStringLiteral("#aa0000"));
    QVERIFY(m_stack.redo());
    QCOMPARE(m_store.pillar(id)->name, QStringLiteral("Cybersecurity"));
}

void TestLibraryCommands::pillarMergeUndoRedo()
{
    const qint64 from = *m_store.addPillar(QStringLiteral("Skills"));
    const qint64 into = *m_store.addPillar(QStringLiteral("Talent Development"));
    Annotation a = amountAnnotation();
    a.kind = AnnotationKind::Pillar;
    a.amount.clear();
    a.currency.clear();
    a.pillarId = from;
    const qint64 first = *m_store.addAnnotation(a);
    a.start = 40;
    a.end = 45;
    const qint64 second = *m_store.addAnnotation(a);
    QVERIFY(m_stack.push(
        std::make_unique<MergePillarsCommand>(&m_store, *m_store.pillar(from), *m_store.pillar(into))));
    QVERIFY(!m_store.pillar(from));
    QCOMPARE(m_store.annotation(first)->pillarId, into);
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.pillar(from)->name, QStringLiteral("Skills"));
    QCOMPARE(m_store.annotation(first)->pillarId, from);
    QCOMPARE(m_store.annotation(second)->pillarId, from);
    QCOMPARE(m_store.pillar(into)->annotationCount, 0);
    QVERIFY(m_stack.redo());
    QCOMPARE(m_store.pillar(into)->annotationCount, 2);
}

void TestLibraryCommands::pillarDeleteUndo()
{
    const qint64 id = *m_store.addPillar(QStringLiteral("Unused"), QStringLiteral("#123456"));
    QVERIFY(m_stack.push(std::make_unique<DeletePillarCommand>(&m_store, *m_store.pillar(id))));
    QVERIFY(!m_store.pillar(id));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.pillar(id)->color, QStringLiteral("#123456"));
}

void TestLibraryCommands::pillarRecolorUndo()
{
    const qint64 id = *m_store.addPillar(QStringLiteral("Recolor me"), QStringLiteral("#000000"));
    Pillar before = *m_store.pillar(id);
    Pillar after = before;
    after.color = QStringLiteral("#ff8800");
    after.description = QStringLiteral("Orange now");
    QVERIFY(m_stack.push(std::make_unique<EditPillarCommand>(&m_store, before, after)));
    QCOMPARE(m_store.pillar(id)->color, QStringLiteral("#ff8800"));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.pillar(id)->color, QStringLiteral("#000000"));
    QCOMPARE(m_store.pillar(id)->description, QString());
}

void TestLibraryCommands::articlePropertiesUndo()
{
    const Article a = *m_store.article(m_articleId);
    const ArticleProperties before{a.title, a.published, a.url, a.site};
    const ArticleProperties after{QStringLiteral("Edited"), QDate(2020, 1, 1),
                                  QStringLiteral("https://x.test/"), QStringLiteral("X")};
    QVERIFY(m_stack.push(std::make_unique<EditArticleCommand>(&m_store, m_articleId, before, after)));
    QCOMPARE(m_store.article(m_articleId)->published, QDate(2020, 1, 1));
    QVERIFY(m_stack.undo());
    QCOMPARE(m_store.article(m_articleId)->title, a.title);
    QCOMPARE(m_store.article(m_articleId)->published, a.published);
}

void TestLibraryCommands::pillarAndArticleEditsOthersOvertookAreRefused()
{
    auto otherUserRuns = [this](const QString &statement, const QVariantList &values) {
        QSqlQuery other(m_store.database());
        other.prepare(statement);
        for (const QVariant &value : values)
            other.addBindValue(value);
        QVERIFY2(other.exec(), qPrintable(statement));
    };
    // A rename from a name another user has changed meanwhile: refused, theirs stays.
    const qint64 pillar = *m_store.addPillar(QStringLiteral("Grid"), QStringLiteral("#225588"));
    otherUserRuns(QStringLiteral("UPDATE pillars SET name = 'Power Grid' WHERE id = ?"), {pillar});
    QVERIFY(!m_stack.push(std::make_unique<RenamePillarCommand>(&m_store, pillar, QStringLiteral("Grid"),
                                                                QStringLiteral("Electric Grid"))));
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QCOMPARE(m_store.pillar(pillar)->name, QStringLiteral("Power Grid"));
    // Renamed from what is there; the other user renames again: undo is refused.
    QVERIFY(m_stack.push(std::make_unique<RenamePillarCommand>(&m_store, pillar, QStringLiteral("Power Grid"),
                                                               QStringLiteral("  Electric   Grid "))));
    QVERIFY(m_stack.undo()); // nobody else changed it (the name was stored simplified)
    QVERIFY(m_stack.redo());
    otherUserRuns(QStringLiteral("UPDATE pillars SET name = 'Grids' WHERE id = ?"), {pillar});
    QVERIFY(!m_stack.undo());
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QCOMPARE(m_store.pillar(pillar)->name, QStringLiteral("Grids"));
    // A color change over another user's color change.
    Pillar seen = *m_store.pillar(pillar);
    otherUserRuns(QStringLiteral("UPDATE pillars SET color = '#aa0000' WHERE id = ?"), {pillar});
    Pillar recolored = seen;
    recolored.color = QStringLiteral("#00aa00");
    QVERIFY(!m_stack.push(std::make_unique<EditPillarCommand>(&m_store, seen, recolored)));
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QCOMPARE(m_store.pillar(pillar)->color, QStringLiteral("#aa0000"));

    // An article's properties edited from a title another user has changed.
    const Article a = *m_store.article(m_articleId);
    const ArticleProperties before{a.title, a.published, a.url, a.site};
    otherUserRuns(QStringLiteral("UPDATE articles SET title = 'Their title' WHERE id = ?"), {m_articleId});
    const ArticleProperties after{QStringLiteral("My title"), a.published, a.url, a.site};
    QVERIFY(!m_stack.push(std::make_unique<EditArticleCommand>(&m_store, m_articleId, before, after)));
    QCOMPARE(m_store.lastError().code, LibraryError::Code::Stale);
    QVERIFY2(m_store.lastError().message.contains(QLatin1String("Someone else changed the properties")),
             qPrintable(m_store.lastError().message));
    QCOMPARE(m_store.article(m_articleId)->title, QStringLiteral("Their title"));
    QVERIFY(m_store.updateArticleProperties(m_articleId, a.title, a.published, a.url, a.site));
}

void TestLibraryCommands::rejectSuggestionUndo()
{
    QVERIFY(m_stack.push(std::make_unique<RejectSuggestionCommand>(&m_store, m_articleId,
                                                                   QStringLiteral("deadline"), 45, 52)));
    QVERIFY(isRejected(m_store, m_articleId, QStringLiteral("deadline"), 45, 52));
    QVERIFY(m_stack.undo());
    QVERIFY(!isRejected(m_store, m_articleId, QStringLiteral("deadline"), 45, 52));
}

void TestLibraryCommands::macroIsOneStep()
{
    const int before = annotationsOf(m_store, m_articleId).size();
    auto macro = std::make_unique<MacroCommand>(QStringLiteral("Accept all"));
    macro->add(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation()));
    macro->add(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation()));
    QVERIFY(m_stack.push(std::move(macro)));
    QCOMPARE(annotationsOf(m_store, m_articleId).size(), before + 2);
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(m_stack.undo());
    QCOMPARE(annotationsOf(m_store, m_articleId).size(), before);

    // A macro whose second step fails leaves nothing behind.
    Annotation bad = amountAnnotation();
    bad.end = 100000;
    auto failing = std::make_unique<MacroCommand>(QStringLiteral("Half"));
    failing->add(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation()));
    failing->add(std::make_unique<AddAnnotationCommand>(&m_store, bad));
    QVERIFY(!m_stack.push(std::move(failing)));
    QCOMPARE(annotationsOf(m_store, m_articleId).size(), before);
}

void TestLibraryCommands::newPushDropsRedo()
{
    QVERIFY(m_stack.push(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation())));
    QVERIFY(m_stack.undo());
    QVERIFY(m_stack.canRedo());
    QVERIFY(m_stack.push(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation())));
    QVERIFY(!m_stack.canRedo());
    QCOMPARE(m_stack.count(), 1);
}

// A step whose commit fails (a full disk) leaves the history where it was: the
// next Undo undoes what is really in the file.
void TestLibraryCommands::historyMovesOnlyWhenCommitted()
{
    const int before = int(m_store.annotations(m_articleId)->size());
    bool commitFails = false;
    m_stack.setRunner([&](const UndoCommand &, const std::function<bool()> &step) {
        return m_store.transaction(QStringLiteral("test"), [&]() { return step() && !commitFails; });
    });
    QVERIFY(m_stack.push(std::make_unique<AddAnnotationCommand>(&m_store, amountAnnotation())));
    QCOMPARE(m_stack.index(), 1);
    commitFails = true;
    Annotation second = amountAnnotation();
    second.start = 40;
    second.end = 45;
    QVERIFY(!m_stack.push(std::make_unique<AddAnnotationCommand>(&m_store, second)));
    QCOMPARE(m_stack.count(), 1);
    QVERIFY(!m_stack.undo());
    QCOMPARE(m_stack.index(), 1); // not moved: the first annotation is still in the file
    QCOMPARE(int(m_store.annotations(m_articleId)->size()), before + 1);
    commitFails = false;
    QVERIFY(m_stack.undo());
    QCOMPARE(m_stack.index(), 0);
    QCOMPARE(int(m_store.annotations(m_articleId)->size()), before);
    m_stack.setRunner({});
}

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
