#include "parsers/text/text_key.h"

#include <gtest/gtest.h>

#include "core/content_hash.h"

namespace corpusd {
namespace {

TEST(TextKey, FoldsCaseCompatibilityFormsAndWhiteSpace) {
  EXPECT_EQ(TextKey("  Tax\tReform \n\n Passed  "), "tax reform passed");
  EXPECT_EQ(TextKey("ＴＡＸ reform"), "tax reform");  // full-width
  EXPECT_EQ(TextKey("ﬁnance"), "finance");            // ligature
  EXPECT_EQ(TextKey("Stra\xC3\x9F"
                    "e"),
            "strasse");                                    // ß case-folds to ss
  EXPECT_EQ(TextKey("soft\xC2\xADhyphen"), "softhyphen");  // default-ignorable dropped
  EXPECT_EQ(TextKey("no\xC2\xA0"
                    "break"),
            "no break");  // NBSP is white space
  EXPECT_EQ(TextKey("ΣΊΣΥΦΟΣ"), TextKey("σίσυφοσ"));
}

TEST(TextKey, EqualKeysMeanEqualHashes) {
  EXPECT_EQ(KeysOf("Hello,  World").key_hash, KeysOf("hello, world").key_hash);
  EXPECT_NE(KeysOf("hello, world").key_hash, KeysOf("hello world").key_hash);
  EXPECT_EQ(KeysOf("hello world").key_hash, Sha256Hex("hello world"));
}

TEST(TextKey, SignaturesIgnorePunctuationAndCase) {
  const TextKeys a = KeysOf("The council voted on Tuesday to approve the budget for next year.");
  const TextKeys b = KeysOf("THE COUNCIL VOTED ON TUESDAY, TO APPROVE THE BUDGET FOR NEXT YEAR!");
  ASSERT_FALSE(a.minhash.empty());
  EXPECT_EQ(minhash::Similarity(a.minhash, b.minhash), 1.0);
  EXPECT_NE(a.key_hash, b.key_hash);  // the exact key keeps punctuation
  EXPECT_TRUE(KeysOf("too short").minhash.empty());
}

}  // namespace
}  // namespace corpusd
