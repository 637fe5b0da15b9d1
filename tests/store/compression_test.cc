#include "store/compression.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

TEST(Zstd, RoundTripsBytes) {
  const std::string input = std::string("binary\0bytes", 12) + std::string(5000, 'a');
  auto packed = ZstdCompress(input);
  ASSERT_TRUE(packed.ok());
  EXPECT_LT(packed->size(), input.size());
  auto unpacked = ZstdDecompress(*packed, 1 << 20);
  ASSERT_TRUE(unpacked.ok());
  EXPECT_EQ(*unpacked, input);
}

TEST(Zstd, RoundTripsEmptyInput) {
  auto packed = ZstdCompress("");
  ASSERT_TRUE(packed.ok());
  auto unpacked = ZstdDecompress(*packed, 10);
  ASSERT_TRUE(unpacked.ok());
  EXPECT_EQ(*unpacked, "");
}

TEST(Zstd, RefusesGarbageAndFramesOverTheLimit) {
  EXPECT_EQ(ZstdDecompress("not zstd at all", 100).status().code(), Status::Code::kCorruption);
  auto packed = ZstdCompress(std::string(1000, 'z'));
  EXPECT_EQ(ZstdDecompress(*packed, 999).status().code(), Status::Code::kTooLarge);
}

}  // namespace
}  // namespace corpusd
