#include "core/audit/AuditChain.h"

#include <gtest/gtest.h>

using namespace ingot;

namespace {
AuditEntry entry(const QString& action, qint64 at)
{
    AuditEntry e;
    e.at = at;
    e.actor = QStringLiteral("wang.li");
    e.entity = QStringLiteral("ticket");
    e.entityId = QStringLiteral("T2026-000001");
    e.action = action;
    e.detail = QStringLiteral("{\"stage\":\"assessed\"}");
    return e;
}

QList<AuditEntry> chain(int n)
{
    QList<AuditEntry> out;
    std::optional<AuditEntry> previous;
    for (int i = 0; i < n; ++i) {
        AuditEntry e = entry(QStringLiteral("note"), 1'777'593'600 + i);
        AuditChain::seal(e, previous);
        out << e;
        previous = e;
    }
    return out;
}
}  // namespace

TEST(AuditChainTest, FirstEntryFollowsTheGenesisHash)
{
    AuditEntry e = entry(QStringLiteral("create"), 100);
    AuditChain::seal(e, std::nullopt);
    EXPECT_EQ(e.seq, 1);
    EXPECT_EQ(e.prevHash, QString(64, QLatin1Char('0')));
    EXPECT_EQ(e.hash.size(), 64);
    EXPECT_EQ(e.hash, AuditChain::hashOf(e));
}

TEST(AuditChainTest, HashCoversEveryFieldAndThePreviousHash)
{
    AuditEntry base = entry(QStringLiteral("create"), 100);
    AuditChain::seal(base, std::nullopt);
    const QString h = base.hash;
    auto changed = [&](const std::function<void(AuditEntry&)>& edit) {
        AuditEntry e = base;
        edit(e);
        return AuditChain::hashOf(e) != h;
    };
    EXPECT_TRUE(changed([](AuditEntry& e) { e.seq = 2; }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.at += 1; }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.actor = QStringLiteral("zhao"); }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.localAdmin = true; }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.entity = QStringLiteral("customer"); }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.entityId = QStringLiteral("T2026-000002"); }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.action = QStringLiteral("cancel"); }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.detail = QStringLiteral("{}"); }));
    EXPECT_TRUE(changed([](AuditEntry& e) { e.prevHash = QString(64, QLatin1Char('1')); }));
    // The stored hash itself is not part of what is hashed.
    EXPECT_FALSE(changed([](AuditEntry& e) { e.hash = QStringLiteral("x"); }));
}

TEST(AuditChainTest, SerializationIsUnambiguous)
{
    // Moving text from one field to the next must change the hash.
    AuditEntry a = entry(QStringLiteral("create"), 100);
    AuditEntry b = a;
    a.actor = QStringLiteral("ab");
    a.entity = QStringLiteral("c");
    b.actor = QStringLiteral("a");
    b.entity = QStringLiteral("bc");
    EXPECT_NE(AuditChain::hashOf(a), AuditChain::hashOf(b));
}

TEST(AuditChainTest, IntactChainVerifies)
{
    EXPECT_EQ(AuditChain::verify({}), std::nullopt);
    EXPECT_EQ(AuditChain::verify(chain(50)), std::nullopt);
}

TEST(AuditChainTest, EditedEntryIsTheFirstBad)
{
    auto entries = chain(10);
    entries[4].detail = QStringLiteral("{\"stage\":\"closed\"}");
    EXPECT_EQ(AuditChain::verify(entries), 5);
}

TEST(AuditChainTest, RehashedEditIsCaughtByTheNextEntry)
{
    auto entries = chain(10);
    entries[4].actor = QStringLiteral("someone.else");
    entries[4].hash = AuditChain::hashOf(entries[4]);
    EXPECT_EQ(AuditChain::verify(entries), 6);
}

TEST(AuditChainTest, RemovedOrReorderedEntriesAreCaught)
{
    auto removed = chain(10);
    removed.removeAt(3);
    EXPECT_EQ(AuditChain::verify(removed), 5);

    auto swapped = chain(10);
    std::swap(swapped[2], swapped[3]);
    EXPECT_EQ(AuditChain::verify(swapped), 4);

    auto headless = chain(10);
    headless.removeFirst();
    EXPECT_EQ(AuditChain::verify(headless), 2);
}

TEST(AuditChainTest, VerifierReportsCountAndReason)
{
    auto entries = chain(5);
    entries[2].action = QStringLiteral("close");
    AuditChain::Verifier v;
    for (const AuditEntry& e : entries)
        v.feed(e);
    EXPECT_FALSE(v.ok());
    EXPECT_EQ(v.checked(), 2);
    ASSERT_TRUE(v.firstBad());
    EXPECT_EQ(v.firstBad()->seq, 3);
    EXPECT_EQ(v.reason(), QStringLiteral("hash"));
}
