#include "config/did_you_mean.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

const std::vector<std::string_view> kKeys = {"interval", "concurrency", "database",
                                             "type",     "url",         "path"};

TEST(EditDistance, CountsEditsAndAdjacentSwapsIgnoringAsciiCase) {
  EXPECT_EQ(EditDistance("interval", "interval"), 0u);
  EXPECT_EQ(EditDistance("intervall", "interval"), 1u);  // insertion
  EXPECT_EQ(EditDistance("intrval", "interval"), 1u);    // deletion
  EXPECT_EQ(EditDistance("tpye", "type"), 1u);           // swap
  EXPECT_EQ(EditDistance("Interval", "interval"), 0u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
}

TEST(DidYouMean, SuggestsTheClosestKeyWhenItIsClose) {
  EXPECT_EQ(DidYouMean("intervall", kKeys), "interval");
  EXPECT_EQ(DidYouMean("concurency", kKeys), "concurrency");
  EXPECT_EQ(DidYouMean("databse", kKeys), "database");
  EXPECT_EQ(DidYouMean("tpye", kKeys), "type");
  EXPECT_EQ(DidYouMean("uri", kKeys), "url");
  EXPECT_EQ(DidYouMean("Path", kKeys), "path");
}

TEST(DidYouMean, SuggestsNothingForUnrelatedWords) {
  EXPECT_EQ(DidYouMean("colour", kKeys), "");
  EXPECT_EQ(DidYouMean("ab", kKeys), "");
  EXPECT_EQ(DidYouMean("xyz", kKeys), "");
  EXPECT_EQ(DidYouMean("intermission", kKeys), "");
  EXPECT_EQ(DidYouMean("anything", {}), "");
}

TEST(DidYouMean, SuffixIsReadyToAppend) {
  EXPECT_EQ(DidYouMeanSuffix("intervall", kKeys), " (did you mean \"interval\"?)");
  EXPECT_EQ(DidYouMeanSuffix("colour", kKeys), "");
}

}  // namespace
}  // namespace corpusd
