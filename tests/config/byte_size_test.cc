#include "config/byte_size.h"

#include <gtest/gtest.h>

namespace corpusd {
namespace {

TEST(ParseByteSize, ReadsBinaryAndDecimalUnits) {
  const std::pair<const char*, std::uint64_t> cases[] = {
      {"4096B", 4096},
      {"512KiB", 512 * 1024},
      {"64MiB", 64u << 20},
      {"1GiB", 1u << 30},
      {"2TiB", std::uint64_t{2} << 40},
      {"10MB", 10'000'000},
      {"3KB", 3'000},
      {"1GB", 1'000'000'000},
      {"64 MiB", 64u << 20},
      {"64M", 64u << 20},
      {"512K", 512u << 10},
      {"2G", 2u << 30},
  };
  for (const auto& [text, bytes] : cases) {
    Result<std::uint64_t> size = ParseByteSize(text);
    ASSERT_TRUE(size.ok()) << text << ": " << size.status().ToString();
    EXPECT_EQ(*size, bytes) << text;
  }
}

TEST(ParseByteSize, RefusesOtherSpellingsSayingWhy) {
  EXPECT_EQ(ParseByteSize("64X").status().message(),
            "bad size \"64X\": unknown unit \"X\" (use B, KiB, MiB, GiB, TiB, KB, MB, GB, TB, or "
            "K, M, G, T for KiB, MiB, GiB, TiB)");
  EXPECT_EQ(ParseByteSize("64mib").status().message(),
            "bad size \"64mib\": unknown unit \"mib\" (use B, KiB, MiB, GiB, TiB, KB, MB, GB, TB, "
            "or K, M, G, T for KiB, MiB, GiB, TiB)");
  EXPECT_EQ(ParseByteSize("64").status().message(),
            "bad size \"64\": a number needs a unit (B, KiB, MiB, GiB, KB, MB, GB), as in "
            "\"64MiB\", or write a bare integer for bytes");
  EXPECT_EQ(ParseByteSize("MiB").status().message(),
            "bad size \"MiB\": expected a number with a unit, such as \"64MiB\"");
  EXPECT_EQ(ParseByteSize("").status().message(),
            "bad size \"\": expected a number with a unit, such as \"64MiB\"");
  EXPECT_EQ(ParseByteSize("-1MiB").status().message(),
            "bad size \"-1MiB\": expected a number with a unit, such as \"64MiB\"");
  EXPECT_EQ(ParseByteSize("99999999999TiB").status().message(),
            "bad size \"99999999999TiB\": too large");
  EXPECT_EQ(ParseByteSize("99999999999999999999B").status().message(),
            "bad size \"99999999999999999999B\": too large");
}

TEST(ParseByteSizeOrBytes, TakesABareNumberAsBytesAndUnitsAsParseByteSize) {
  EXPECT_EQ(ParseByteSizeOrBytes("1048576").value(), 1048576u);
  EXPECT_EQ(ParseByteSizeOrBytes("64MB").value(), 64'000'000u);
  EXPECT_EQ(ParseByteSizeOrBytes("64MiB").value(), 64u << 20);
  EXPECT_FALSE(ParseByteSizeOrBytes("").ok());
  EXPECT_FALSE(ParseByteSizeOrBytes("12 apples").ok());
}

}  // namespace
}  // namespace corpusd
