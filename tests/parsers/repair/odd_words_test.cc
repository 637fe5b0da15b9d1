#include "parsers/repair/odd_words.h"

#include <gtest/gtest.h>

namespace corpusd::mojibake {
namespace {

TEST(OddWords, WordsOfOneScriptAndOneCasePatternAreNotOdd) {
  EXPECT_EQ(OddWords(U"Καλημέρα κόσμε, ЗДРАВСТВУЙ мир, Ärger über München"), 0);
  EXPECT_EQ(OddWords(U"iPhone, O'Neill, 5 µm, 1º andar, nº 3"), 0);
  EXPECT_EQ(OddWords(U"日本語のテキスト"), 0);  // Han and kana are one
}

TEST(OddWords, AWordMixingScriptsOrAStrayLowercaseLetterIsOdd) {
  EXPECT_EQ(OddWords(U"smorzerਠ spirò"), 1);  // Latin and Gurmukhi
  EXPECT_EQ(OddWords(U"PRECOMì"), 1);         // a small letter among capitals
  EXPECT_EQ(OddWords(U"ZГЃKONODГЃRCE"), 1);   // Latin and Cyrillic
  EXPECT_EQ(OddWords(U"DRAŽEJOVSKݵ"), 1);     // Latin and Arabic
  EXPECT_EQ(OddWords(U"McDONALDs"), 1);
}

}  // namespace
}  // namespace corpusd::mojibake
