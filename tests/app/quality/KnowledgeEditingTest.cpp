// The knowledge base editor's use cases: create, edit, retire and restore articles, each checked
// against the permission matrix and recorded in the audit trail; retired articles are not suggested.
#include "QualityFixture.h"
#include "app/quality/KnowledgeService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ingot;
using namespace ingot::test;

namespace {

class KnowledgeEditingTest : public QualityFixture {
protected:
    KnowledgeArticle draft()
    {
        KnowledgeArticle a;
        a.code = QStringLiteral("KB-ED-01");
        a.language = QStringLiteral("zh");
        a.category = Category::Packaging;
        a.title = QStringLiteral("托盘缠绕膜破损");
        a.cause = QStringLiteral("运输途中摩擦");
        a.action = QStringLiteral("补发缠绕膜并加固");
        a.keywords = QStringLiteral("缠绕膜 托盘");
        return a;
    }

    QList<AuditEntry> trail(const QString& code)
    {
        AuditQuery q;
        q.entity = QStringLiteral("kb_article");
        q.entityId = code;
        auto page = store->audit().page(q, 0, 50);
        EXPECT_TRUE(page);
        return page ? *page : QList<AuditEntry>{};
    }

    bool suggested(const QString& code)
    {
        auto hits = KnowledgeService(*store, clock).suggest(QStringLiteral("缠绕膜破损"), QString(), std::nullopt,
                                                            QStringLiteral("zh"), 10);
        EXPECT_TRUE(hits);
        for (const auto& s : *hits)
            if (s.article.code == code)
                return true;
        return false;
    }

    void as(Role role) { store->setActor(Actor{QStringLiteral("u-") + roleKey(role), role, false}); }
};

TEST_F(KnowledgeEditingTest, CreateEditRetireRestoreAreAuditedWithWhatChanged)
{
    as(Role::Supervisor);
    KnowledgeService kb(*store, clock);
    auto created = kb.save(draft(), QStringLiteral("u-supervisor"));
    ASSERT_TRUE(created) << qPrintable(created.error().text());
    EXPECT_TRUE(suggested(QStringLiteral("KB-ED-01")));

    KnowledgeArticle edit = *created;
    edit.customerReply = QStringLiteral("我们将补发缠绕膜");
    edit.title = QStringLiteral("托盘缠绕膜破损、散包");
    ASSERT_TRUE(kb.save(edit, QStringLiteral("u-supervisor")));

    auto retired = kb.retire(QStringLiteral("kb-ed-01"), QStringLiteral("zh"), QStringLiteral("u-supervisor"));
    ASSERT_TRUE(retired) << qPrintable(retired.error().text());
    EXPECT_TRUE(retired->retired());
    EXPECT_EQ(*retired->retiredAt, clock.now());
    EXPECT_EQ(retired->retiredBy, QStringLiteral("u-supervisor"));
    EXPECT_FALSE(suggested(QStringLiteral("KB-ED-01")));
    EXPECT_TRUE(kb.search(QStringLiteral("缠绕膜"), QStringLiteral("zh"), 10)->isEmpty());
    // Still listed for the editor, with its text.
    auto listed = kb.list(QStringLiteral("zh"), Category::Packaging);
    ASSERT_TRUE(listed);
    EXPECT_TRUE(std::any_of(listed->cbegin(), listed->cend(),
                            [](const KnowledgeArticle& a) { return a.code == QStringLiteral("KB-ED-01") && a.retired(); }));
    // Retiring twice changes nothing and records nothing.
    ASSERT_TRUE(kb.retire(QStringLiteral("KB-ED-01"), QStringLiteral("zh"), QStringLiteral("u-supervisor")));

    auto restored = kb.restore(QStringLiteral("KB-ED-01"), QStringLiteral("zh"), QStringLiteral("u-supervisor"));
    ASSERT_TRUE(restored);
    EXPECT_FALSE(restored->retired());
    EXPECT_TRUE(suggested(QStringLiteral("KB-ED-01")));

    const QList<AuditEntry> entries = trail(QStringLiteral("KB-ED-01")); // newest first
    ASSERT_EQ(entries.size(), 4);
    EXPECT_EQ(entries[3].action, QStringLiteral("create"));
    EXPECT_EQ(entries[2].action, QStringLiteral("edit"));
    EXPECT_EQ(entries[1].action, QStringLiteral("retire"));
    EXPECT_EQ(entries[0].action, QStringLiteral("restore"));
    for (const AuditEntry& e : entries)
        EXPECT_EQ(e.actor, QStringLiteral("u-supervisor"));
    const QJsonObject detail = QJsonDocument::fromJson(entries[2].detail.toUtf8()).object();
    EXPECT_EQ(detail.value(QStringLiteral("changed")).toVariant().toStringList(),
              (QStringList{QStringLiteral("title"), QStringLiteral("customer_reply")}));
}

TEST_F(KnowledgeEditingTest, OnlyTechniciansSupervisorsAndAdminsEdit)
{
    for (Role role : allRoles()) {
        as(role);
        KnowledgeService kb(*store, clock);
        KnowledgeArticle a = draft();
        a.code = QStringLiteral("KB-R-") + roleKey(role).toUpper();
        const bool allowed = role == Role::Technician || role == Role::Supervisor || role == Role::Admin;
        auto saved = kb.save(a, roleKey(role));
        EXPECT_EQ(saved.ok(), allowed) << qPrintable(roleKey(role));
        if (!allowed) {
            EXPECT_EQ(saved.error().kind, Error::Kind::Refused);
            EXPECT_EQ(kb.retire(QStringLiteral("KB-OXI-01"), QStringLiteral("zh"), roleKey(role)).error().kind,
                      Error::Kind::Refused);
        }
    }
    EXPECT_TRUE(trail(QStringLiteral("KB-OXI-01")).isEmpty()); // refused retirements left no trace
}

TEST_F(KnowledgeEditingTest, ValidationNamesTheField)
{
    as(Role::Admin);
    KnowledgeService kb(*store, clock);
    KnowledgeArticle a = draft();
    a.title = QStringLiteral("   ");
    EXPECT_EQ(kb.save(a, QStringLiteral("admin")).error().where, QStringLiteral("title"));
    a = draft();
    a.cause.clear();
    a.action.clear();
    auto empty = kb.save(a, QStringLiteral("admin"));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().kind, Error::Kind::BadInput);
    EXPECT_EQ(empty.error().where, QStringLiteral("cause"));
    a = draft();
    a.customerReply = QString(8001, QLatin1Char('x'));
    EXPECT_EQ(kb.save(a, QStringLiteral("admin")).error().where, QStringLiteral("customer_reply"));
    a = draft();
    a.title = QString(201, QChar(u'长'));
    EXPECT_EQ(kb.save(a, QStringLiteral("admin")).error().where, QStringLiteral("title"));
    EXPECT_TRUE(trail(QStringLiteral("KB-ED-01")).isEmpty());
}

TEST_F(KnowledgeEditingTest, RetiringAnUnknownArticleIsNotFound)
{
    as(Role::Admin);
    auto r = KnowledgeService(*store, clock).retire(QStringLiteral("KB-NOPE"), QStringLiteral("zh"), QStringLiteral("a"));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().kind, Error::Kind::NotFound);
}

TEST_F(KnowledgeEditingTest, SolvedHistoryStaysWithARetiredArticle)
{
    as(Role::Admin);
    const QString t = log("C001", Category::Oxidation, kNow - kDay, QStringLiteral("表面发白"));
    KnowledgeService kb(*store, clock);
    ASSERT_TRUE(kb.recordSolved(t, QStringLiteral("KB-OXI-01"), QStringLiteral("agent")));
    auto retired = kb.retire(QStringLiteral("KB-OXI-01"), QStringLiteral("zh"), QStringLiteral("admin"));
    ASSERT_TRUE(retired);
    EXPECT_EQ(retired->solvedCount, 1);
    EXPECT_EQ(*store->quality().knowledge().solvedBy(t), QStringList{QStringLiteral("KB-OXI-01")});
    // The category alone no longer brings it up either.
    auto hits = kb.suggest(QString(), QString(), Category::Oxidation, QStringLiteral("zh"), 10);
    ASSERT_TRUE(hits);
    for (const auto& s : *hits)
        EXPECT_NE(s.article.code, QStringLiteral("KB-OXI-01"));
}

} // namespace

// A desk file from schema 1 gains the retirement columns (schema 12) with every article in use,
// and an article can be retired on it.
TEST(KnowledgeMigration, SchemaOneFileGetsArticlesInUseThatCanBeRetired)
{
    TempDatabase db;
    ASSERT_TRUE(QFile::copy(QStringLiteral(INGOTDESK_TEST_DATA "/schema-v1.db"), db.path()));
    QFile::setPermissions(db.path(), QFile::ReadOwner | QFile::WriteOwner);
    auto store = db.open();
    ASSERT_TRUE(store);
    EXPECT_GE(store->schemaVersion(), 12);
    auto all = store->quality().knowledge().all(QString());
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 20); // the starter set, both languages
    for (const KnowledgeArticle& a : *all)
        EXPECT_FALSE(a.retired()) << qPrintable(a.code);
    FixedClock clock{1'790'000'000};
    auto retired = KnowledgeService(*store, clock).retire(QStringLiteral("KB-STO-01"), QStringLiteral("en"),
                                                          QStringLiteral("admin"));
    ASSERT_TRUE(retired) << qPrintable(retired.error().text());
    EXPECT_TRUE(retired->retired());
}
