#include "parsers/text/learned_boilerplate.h"

#include <gtest/gtest.h>

#include <map>

namespace corpusd {
namespace {

using Paragraphs = std::vector<std::string>;

class MapLineMemory final : public LineMemory {
 public:
  std::map<std::int64_t, std::int64_t> lines;
  std::int64_t documents = 0;
  std::int64_t DocumentsWithLine(std::int64_t f) const override {
    auto it = lines.find(f);
    return it == lines.end() ? 0 : it->second;
  }
  std::int64_t Documents() const override { return documents; }
};

TEST(LineFingerprint, FoldsCaseAndSpaces) {
  EXPECT_EQ(LineFingerprint("Posted 3 hours ago"), LineFingerprint("posted  3 HOURS ago"));
}

// Regression: with digits folded, "Document number 17." was learned as debris
// in a series of documents and removed from every one of them.
TEST(LineFingerprint, KeepsDigitsApart) {
  EXPECT_NE(LineFingerprint("Document number 17."), LineFingerprint("Document number 18."));
  EXPECT_NE(LineFingerprint("Follow us"), LineFingerprint("Follow them"));
  EXPECT_NE(LineFingerprint("Follow us"), 0);
}

TEST(LineFingerprint, LeavesLongParagraphsOut) {
  EXPECT_EQ(LineFingerprint(std::string(300, 'a')), 0);
  EXPECT_EQ(LineFingerprint(""), 0);
}

TEST(RemoveLearnedBoilerplate, RemovesLinesSeenInManyDocumentsOfTheSource) {
  MapLineMemory memory;
  memory.documents = 100;
  memory.lines[LineFingerprint("Follow us on Telegram")] = 40;
  memory.lines[LineFingerprint("A line seen twice.")] = 2;
  std::vector<Removal> removed;
  Paragraphs out = RemoveLearnedBoilerplate(
      {"Story text.", "Follow us on Telegram", "A line seen twice."}, memory, {}, &removed);
  EXPECT_EQ(out, (Paragraphs{"Story text.", "A line seen twice."}));
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed[0].rule, "learned");
  EXPECT_EQ(removed[0].text, "Follow us on Telegram");
}

TEST(RemoveLearnedBoilerplate, LearnsNothingFromTooFewDocuments) {
  MapLineMemory memory;
  memory.documents = 3;
  memory.lines[LineFingerprint("Follow us")] = 3;
  std::vector<Removal> removed;
  EXPECT_EQ(RemoveLearnedBoilerplate({"Follow us"}, memory, {}, &removed), Paragraphs{"Follow us"});
}

TEST(RemoveLearnedBoilerplate, NeedsAShareOfALargeSource) {
  MapLineMemory memory;
  memory.documents = 10000;  // 2% is 200 documents
  memory.lines[LineFingerprint("Common quote")] = 150;
  std::vector<Removal> removed;
  EXPECT_EQ(RemoveLearnedBoilerplate({"Common quote"}, memory, {}, &removed),
            Paragraphs{"Common quote"});
}

TEST(LineFingerprints, AreDistinctAndSkipLongParagraphs) {
  EXPECT_EQ(LineFingerprints({"a", "A", std::string(300, 'x'), "b"}).size(), 2u);
}

}  // namespace
}  // namespace corpusd
