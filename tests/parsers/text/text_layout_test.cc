#include "parsers/text/text_layout.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

using Paragraphs = std::vector<std::string>;

TEST(JoinWrappedParagraphs, JoinsASentenceWrappedAcrossABlankLine) {
  // From a seed: "...the Shanghai Cooperation Organization\n\ntook a stand ..."
  EXPECT_EQ(JoinWrappedParagraphs({"the summit of the Organization", "took a stand.", "Next."}),
            (Paragraphs{"the summit of the Organization took a stand.", "Next."}));
}

TEST(JoinWrappedParagraphs, KeepsParagraphsThatEndOrStartASentence) {
  const Paragraphs in = {"He added:", "Moscow cannot allow it.", "on military stability",
                         "Good will is needed."};
  EXPECT_EQ(JoinWrappedParagraphs(in), in);
}

TEST(JoinWrappedParagraphs, JoinsLowercaseContinuationsInOtherScripts) {
  EXPECT_EQ(
      JoinWrappedParagraphs({"\u041f\u0443\u0442\u0438\u043d \u0441\u043a\u0430\u0437\u0430\u043b",
                             "\u0447\u0442\u043e \u043d\u0435\u0442."}),
      (Paragraphs{"\u041f\u0443\u0442\u0438\u043d \u0441\u043a\u0430\u0437\u0430\u043b "
                  "\u0447\u0442\u043e \u043d\u0435\u0442."}));
}

TEST(FixPunctuationSpacing, RemovesTheSpaceBeforeACommaOrAFullStop) {
  EXPECT_EQ(FixPunctuationSpacing("As we wrote a few days ago , during his visit"),
            "As we wrote a few days ago, during his visit");
  EXPECT_EQ(FixPunctuationSpacing("the end ."), "the end.");
}

TEST(FixPunctuationSpacing, CollapsesADoubledFullStop) {
  EXPECT_EQ(FixPunctuationSpacing("in production. . As he said"), "in production. As he said");
  EXPECT_EQ(FixPunctuationSpacing("and so on.. Next"), "and so on. Next");
}

TEST(FixPunctuationSpacing, RemovesTheSpaceBeforeAClosingQuote) {
  EXPECT_EQ(FixPunctuationSpacing("he said, \"we take it very seriously \"."),
            "he said, \"we take it very seriously\".");
  EXPECT_EQ(FixPunctuationSpacing("a \"quote\" and \"another"), "a \"quote\" and \"another");
}

TEST(FixPunctuationSpacing, LeavesEllipsesDecimalsAndFrenchSpacingAlone) {
  for (const char* s : {"some positive steps ... We need", "wait. . . and see", "it costs .5 euro",
                        "Bonjour ! Comment allez-vous ? Bien ; merci : oui", "the U.S. and",
                        "version 1.2.3 is out"}) {
    EXPECT_EQ(FixPunctuationSpacing(s), s);
  }
}

TEST(SplitGluedWords, SplitsAWordGluedByALostBlockBoundary) {
  EXPECT_EQ(SplitGluedWords({"Moscow and Sputnik.", "SputnikMoscow cannot allow it."}),
            (Paragraphs{"Moscow and Sputnik.", "Sputnik", "Moscow cannot allow it."}));
  EXPECT_EQ(
      SplitGluedWords({"It is impossible. Vladimir PutinPresident of Russia", "President Putin"}),
      (Paragraphs{"It is impossible. Vladimir Putin", "President of Russia", "President Putin"}));
}

TEST(SplitGluedWords, LeavesNamesAndBrandsAlone) {
  const Paragraphs in = {"McDonald and iPhone and YouTube, You and Tube.",
                         "JavaScript runs; Java and Script.", "DiCaprio met Di and Caprio."};
  // JavaScript and YouTube occur once here and their parts stand alone, yet
  // they are names, not glue.
  EXPECT_EQ(SplitGluedWords(in), in);
}

}  // namespace
}  // namespace corpusd
