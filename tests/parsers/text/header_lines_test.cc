#include "parsers/text/header_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corpusd {
namespace {

struct Lifted {
  LiftedHeader header;
  std::vector<std::string> paragraphs;
  std::vector<Removal> removals;
};

Lifted Lift(std::vector<std::string> paragraphs, const std::string& language = "") {
  Lifted out;
  out.paragraphs = std::move(paragraphs);
  out.header =
      LiftHeaderLines(&out.paragraphs, {language, ""}, /*lift_title=*/false, &out.removals);
  return out;
}

TEST(LiftHeaderLines, ALabelledDateBeforeTheTextIsCutOut) {
  const Lifted seed =
      Lift({" date 2024-07-04 President Putin says ceasefire in Ukraine impossible"});
  ASSERT_TRUE(seed.header.published.has_value());
  EXPECT_EQ(seed.header.published->iso, "2024-07-04");
  EXPECT_EQ(seed.paragraphs[0], "President Putin says ceasefire in Ukraine impossible");
  ASSERT_EQ(seed.removals.size(), 1u);
  EXPECT_EQ(seed.removals[0].rule, "metadata:date");

  const Lifted published = Lift({"Published on July 5, 2024 President Putin said on Thursday"});
  EXPECT_EQ(published.paragraphs[0], "President Putin said on Thursday");

  const Lifted colon = Lift({"Erstellt am: 30.01.2022 18:36 Die Stadt plant ein neues Bad."}, "de");
  EXPECT_EQ(colon.paragraphs[0], "Die Stadt plant ein neues Bad.");
}

// The sentence a date stands in stays whole: its date is still the
// paragraph's, but nothing is cut.
TEST(LiftHeaderLines, ADateInsideASentenceLeavesTheSentenceWhole) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"The government announced July 31, 2020 that a new plan would start soon.", "en"},
      {"Am 4. Februar 2022 erscheint das neue Album der Sängerin.", "de"},
      {"On July 27, 2006, the council voted against the plan.", "en"},
      {"הממשלה הודיעה ב-31 ביולי 2020 על תוכנית חדשה לבתי הספר.", "he"},
  };
  for (const auto& [text, language] : cases) {
    SCOPED_TRACE(text);
    const Lifted lifted = Lift({text}, language);
    EXPECT_TRUE(lifted.header.published.has_value());
    ASSERT_EQ(lifted.paragraphs.size(), 1u);
    EXPECT_EQ(lifted.paragraphs[0], text);
    EXPECT_TRUE(lifted.removals.empty());
  }
}

TEST(LiftHeaderLines, AWholeDateParagraphIsLifted) {
  const Lifted lifted = Lift({"2024-07-05 06:15:31", "Russian President Vladimir Putin said."});
  ASSERT_TRUE(lifted.header.published.has_value());
  EXPECT_EQ(lifted.header.published->iso, "2024-07-05T06:15:31");
  ASSERT_EQ(lifted.paragraphs.size(), 1u);
  EXPECT_EQ(lifted.paragraphs[0], "Russian President Vladimir Putin said.");
}

}  // namespace
}  // namespace corpusd
