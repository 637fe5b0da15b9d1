#include "store/compression.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>

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

// The thread's context and buffer are reused: a frame does not depend on
// what was compressed before it, on this thread or another, and inputs
// larger than the kept buffer round-trip too.
TEST(Zstd, AFrameIsTheSameWhateverCameBefore) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "paragraph " + std::to_string(i * 7919 % 1000) + " ";
  const std::string first = *ZstdCompress(text);
  std::string large(5u << 20, 'x');
  for (std::size_t i = 0; i < large.size(); i += 4099) large[i] = static_cast<char>('a' + i % 26);
  const Result<std::string> packed_large = ZstdCompress(large);
  ASSERT_TRUE(packed_large.ok());
  EXPECT_EQ(*ZstdDecompress(*packed_large, large.size()), large);
  EXPECT_EQ(*ZstdCompress("short"), *ZstdCompress("short"));
  EXPECT_EQ(*ZstdCompress(text), first);
  std::string on_another_thread;
  std::thread([&] { on_another_thread = *ZstdCompress(text); }).join();
  EXPECT_EQ(on_another_thread, first);
  EXPECT_EQ(*ZstdDecompress(first, text.size()), text);
}

TEST(Zstd, RefusesGarbageAndFramesOverTheLimit) {
  EXPECT_EQ(ZstdDecompress("not zstd at all", 100).status().code(), Status::Code::kCorruption);
  auto packed = ZstdCompress(std::string(1000, 'z'));
  EXPECT_EQ(ZstdDecompress(*packed, 999).status().code(), Status::Code::kTooLarge);
}

}  // namespace
}  // namespace corpusd
