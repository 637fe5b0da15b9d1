#include "parsers/text/text_blocks.h"

#include <gtest/gtest.h>

#include "parsers/text/text_layout.h"

namespace corpusd {
namespace {

using Paragraphs = std::vector<std::string>;

// Plain text as the pipeline reads it: lines, then wrapped lines joined.
std::vector<std::string> Read(std::string_view text) {
  return JoinWrappedParagraphs(SplitTextParagraphs(text));
}

TEST(SplitTextParagraphs, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(SplitTextParagraphs("First one.\n\nSecond one.\n\n\n\nThird."),
            (Paragraphs{"First one.", "Second one.", "Third."}));
}

TEST(SplitTextParagraphs, EachLineIsAParagraphWhenSentencesEnd) {
  EXPECT_EQ(Read("Title\nA sentence.\nAnother sentence."),
            (Paragraphs{"Title", "A sentence.", "Another sentence."}));
}

TEST(SplitTextParagraphs, JoinsAHardWrappedLineThatContinuesTheSentence) {
  // From a seed: "...to improve\nits military positions, the Russian president said."
  EXPECT_EQ(Read("allow a ceasefire to improve\nits military positions."),
            (Paragraphs{"allow a ceasefire to improve its military positions."}));
}

TEST(SplitTextParagraphs, HandlesCrlfAndLoneCr) {
  EXPECT_EQ(SplitTextParagraphs("One.\r\nTwo.\rThree.\r\n"),
            (Paragraphs{"One.", "Two.", "Three."}));
}

TEST(SplitTextParagraphs, TrimsLinesAndDropsEmptyOnes) {
  EXPECT_EQ(SplitTextParagraphs("   \n\t indented.  \n   \n"), (Paragraphs{"indented."}));
  EXPECT_TRUE(SplitTextParagraphs("").empty());
}

TEST(SplitTextParagraphs, CurlyClosingQuoteEndsASentence) {
  EXPECT_EQ(Read("he said \u201Cyes.\u201D\nthen left."),
            (Paragraphs{"he said \u201Cyes.\u201D", "then left."}));
}

}  // namespace
}  // namespace corpusd
