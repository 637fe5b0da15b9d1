#include "core/content_hash.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

namespace corpusd {
namespace {

TEST(Sha256Hex, MatchesKnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Hex, DiffersForDifferentText) { EXPECT_NE(Sha256Hex("a"), Sha256Hex("b")); }

// The thread's context is reused: a digest does not depend on what was
// hashed before it, on this thread or another.
TEST(Sha256Hex, TheSameOnEveryCallAndThread) {
  const std::string long_text(100'000, 'x');
  const std::string first = Sha256Hex(long_text);
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(long_text), first);
  std::string elsewhere;
  std::thread([&] { elsewhere = Sha256Hex(long_text); }).join();
  EXPECT_EQ(elsewhere, first);
}

}  // namespace
}  // namespace corpusd
