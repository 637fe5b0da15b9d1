#include "parsers/text/cleaner.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

using Paragraphs = std::vector<std::string>;

Paragraphs Clean(const Paragraphs& in) {
  Result<Paragraphs> out = CleanParagraphs(in);
  EXPECT_TRUE(out.ok());
  return out.ok() ? *out : Paragraphs{};
}

TEST(CleanParagraphs, CollapsesEverySpaceVariant) {
  EXPECT_EQ(Clean({"a\u00A0\u00A0b\u2009c\u3000d \t  e"}), (Paragraphs{"a b c d e"}));
}

TEST(CleanParagraphs, RemovesControlAndInvisibleCharacters) {
  EXPECT_EQ(Clean({"in\u00ADvisible\u200B\uFEFF te\x01xt\u0085"}), (Paragraphs{"invisible text"}));
}

TEST(CleanParagraphs, RemovesStrayBidiControls) {
  EXPECT_EQ(Clean({"\u202Bsome\u202C text\u200F with \u2066marks\u2069"}),
            (Paragraphs{"some text with marks"}));
}

TEST(CleanParagraphs, KeepsJoinersThatScriptsAndEmojiNeed) {
  // ZWNJ is meaningful in Persian; ZWJ builds emoji sequences.
  const std::string persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
  const std::string family = "\U0001F468\u200D\U0001F469\u200D\U0001F467";
  EXPECT_EQ(Clean({persian, family}), (Paragraphs{persian, family}));
}

TEST(CleanParagraphs, ComposesToNfc) {
  EXPECT_EQ(Clean({"Orba\u0301n"}), (Paragraphs{"Orb\u00E1n"}));
}

TEST(CleanParagraphs, LeavesQuotesDashesAndScriptsAsWritten) {
  const std::string text = "\u201CQuote\u201D \u2014 \u0421\u0428\u0410 \u65E5\u672C \u00AB\u00BB";
  EXPECT_EQ(Clean({text}), (Paragraphs{text}));
}

TEST(CleanParagraphs, TrimsAndDropsEmptyParagraphs) {
  EXPECT_EQ(Clean({"  kept  ", " \u00A0 ", "\u200B"}), (Paragraphs{"kept"}));
}

TEST(CleanParagraphs, KeepsSingleLineBreaksInsideAParagraph) {
  EXPECT_EQ(Clean({"line one\n\n\nline two \n"}), (Paragraphs{"line one\nline two"}));
}

TEST(JoinParagraphs, SeparatesParagraphsByOneBlankLine) {
  EXPECT_EQ(JoinParagraphs({"a", "b", "c"}), "a\n\nb\n\nc");
  EXPECT_EQ(JoinParagraphs({}), "");
}

}  // namespace
}  // namespace corpusd
