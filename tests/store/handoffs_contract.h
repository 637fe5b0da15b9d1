// What every corpus promises about a fleet's hand-offs (Corpus::HandOffItem
// and the rest), checked the same way on SQLite and PostgreSQL: `sql` runs a
// query on another connection and gives its one value as text. The caller
// makes inserting a document whose text is "bad" fail (a trigger).
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "core/content_hash.h"
#include "store/corpus.h"

namespace corpusd::testing {

inline HandedOffItem LeftItem(const std::string& url, int owner, const std::string& at) {
  HandedOffItem h;
  h.item = ItemOrigin{"aggregator", "key-" + url, url};
  h.site = "site.example";
  h.owner = owner;
  h.shards = 2;
  h.title = "Title of " + url;
  h.published = "2026-03-03T10:00:00Z";
  h.handed_at = at;
  return h;
}

inline void CheckHandOffContract(Corpus& store,
                                 const std::function<std::string(const std::string&)>& sql) {
  const std::string a = "https://one.example/a", b = "https://two.example/b";
  ASSERT_TRUE(store.HandOffItem(LeftItem(a, 1, "2026-03-03T10:00:00Z")).ok());
  ASSERT_TRUE(store.HandOffItem(LeftItem(b, 2, "2026-03-03T10:00:01Z")).ok());
  // Listed by a second feed: left once; the second feed remembers it too.
  HandedOffItem again = LeftItem(a, 1, "2026-03-03T10:00:02Z");
  again.item.source = "other feed";
  ASSERT_TRUE(store.HandOffItem(again).ok());
  EXPECT_EQ(sql("SELECT count(*) FROM item_handoffs"), "2");
  EXPECT_TRUE(*store.SeenItem("aggregator", "key-" + a));
  EXPECT_TRUE(*store.SeenItem("other feed", "key-" + a));
  EXPECT_EQ(sql("SELECT outcome || ' ' || reason FROM seen_items WHERE source = 'aggregator'"
                " AND item_key = 'key-" +
                a + "'"),
            "handed_off for node 1/2");

  // Each node sees its own, when due.
  auto mine = store.HandOffsFor(1, 2, "2026-03-03T11:00:00Z", 10);
  ASSERT_TRUE(mine.ok()) << mine.status().ToString();
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].item.url, a);
  EXPECT_EQ((*mine)[0].item.source, "aggregator");
  EXPECT_EQ((*mine)[0].title, "Title of " + a);
  EXPECT_EQ((*mine)[0].published, "2026-03-03T10:00:00Z");
  EXPECT_EQ((*mine)[0].author, "");
  EXPECT_EQ((*mine)[0].tries, 0);
  EXPECT_TRUE(store.HandOffsFor(1, 2, "2026-03-03T09:00:00Z", 10)->empty()) << "not due yet";
  EXPECT_TRUE(store.HandOffsFor(1, 3, "2026-03-03T11:00:00Z", 10)->empty()) << "another fleet";

  // A transient failure: later, counted.
  ASSERT_TRUE(store.PostponeHandOff(a, "2026-03-03T12:00:00Z").ok());
  EXPECT_TRUE(store.HandOffsFor(1, 2, "2026-03-03T11:00:00Z", 10)->empty());
  mine = store.HandOffsFor(1, 2, "2026-03-03T12:00:00Z", 10);
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].tries, 1);

  // The fleet grows to three: every item is found, and given to its owner.
  auto moved = store.HandOffsNotFor(3, 10);
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved->size(), 2u);
  ASSERT_TRUE(store.ReassignHandOff(b, 3, 3).ok());
  EXPECT_EQ(store.HandOffsFor(3, 3, "2026-03-03T12:00:00Z", 10)->size(), 1u);
  EXPECT_EQ(store.HandOffsNotFor(3, 10)->size(), 1u);

  // Stored by its owner: the row goes with the document, in one transaction;
  // a batch that fails leaves it.
  PendingDocument doc;
  doc.record.source = "aggregator";
  doc.record.url = a;
  doc.record.fetched_at = "2026-03-03T12:00:00Z";
  doc.record.text = "The story behind the link, as its own site tells it.";
  doc.record.content_hash = Sha256Hex(doc.record.text);
  doc.record.content_type = "text/html";
  doc.record.encoding = "UTF-8";
  doc.item = ItemOrigin{"aggregator", "key-" + a, a};
  doc.handed_off = true;
  PendingDocument bad = doc;
  bad.record.text = "bad";
  bad.record.content_hash = Sha256Hex(bad.record.text);
  bad.item.reset();
  bad.handed_off = false;
  ASSERT_FALSE(store.AppendBatch({doc, bad}).ok());
  EXPECT_EQ(sql("SELECT count(*) FROM item_handoffs WHERE url = '" + a + "'"), "1");
  auto stored = store.AppendBatch({doc});
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(sql("SELECT count(*) FROM item_handoffs WHERE url = '" + a + "'"), "0");
  EXPECT_EQ(sql("SELECT outcome FROM seen_items WHERE source = 'aggregator' AND item_key = 'key-" +
                a + "'"),
            "stored");
  ASSERT_TRUE(store.DropHandOff(b).ok());
  EXPECT_EQ(sql("SELECT count(*) FROM item_handoffs"), "0");
}

}  // namespace corpusd::testing
