#include "core/content_hash.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

TEST(Sha256Hex, MatchesKnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Hex, DiffersForDifferentText) { EXPECT_NE(Sha256Hex("a"), Sha256Hex("b")); }

}  // namespace
}  // namespace corpusd
