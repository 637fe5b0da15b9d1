// The seeds re-encoded (windows-1252, UTF-16LE/BE with BOM, UTF-8 with BOM,
// CRLF line ends, double-encoded mojibake) must import to exactly the text
// of the clean originals.
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <filesystem>

#include "tests/support/corpus_query.h"
#include "tests/support/run_process.h"
#include "tests/support/temp_dir.h"

namespace corpusd {
namespace {

using testing::QueryCorpus;
using testing::ReadFileBytes;
using testing::RunCorpusd;
using testing::TempDir;

const std::string kSamples = std::string(CORPUSD_SOURCE_DIR) + "/samples";

std::vector<std::string> SeedPaths() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(kSamples)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::u16string ToUtf16(const std::string& utf8) {
  std::u16string out(utf8.size() + 1, u'\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert("UTF-16LE", "UTF-8", reinterpret_cast<char*>(out.data()),
                                 static_cast<int32_t>(out.size() * 2), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(n) / 2 : 0);
  return out;
}

std::string Utf16WithBom(const std::string& utf8, bool big_endian) {
  std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
  for (char16_t u : ToUtf16(utf8)) {
    const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  }
  return out;
}

// The text in windows-1252, or "" when some character has no place in it.
std::string ToWindows1252(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open("windows-1252", &status);
  ucnv_setFromUCallBack(conv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  const std::u16string u16 = ToUtf16(utf8);
  std::string out(u16.size() * 2 + 16, '\0');
  const int32_t n = ucnv_fromUChars(conv, out.data(), static_cast<int32_t>(out.size()),
                                    reinterpret_cast<const UChar*>(u16.data()),
                                    static_cast<int32_t>(u16.size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status)) return "";
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// UTF-8 bytes read as windows-1252 (bytes it leaves undefined as the C1
// controls of the same number, as browsers do) and saved as UTF-8 again.
std::string DoubleEncoded(const std::string& utf8) {
  static const char16_t kHigh[32] = {
      0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  std::string out;
  for (const char ch : utf8) {
    const unsigned char b = static_cast<unsigned char>(ch);
    const char16_t u = b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b;
    if (u < 0x80) {
      out += static_cast<char>(u);
    } else if (u < 0x800) {
      out += static_cast<char>(0xC0 | (u >> 6));
      out += static_cast<char>(0x80 | (u & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (u >> 12));
      out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (u & 0x3F));
    }
  }
  return out;
}

std::string Crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// The text corpusd stores for one input file.
std::string ImportedText(const TempDir& dir, const std::string& name, const std::string& bytes) {
  const std::string path = dir.Write("in/" + name, bytes);
  const std::string db = dir / (name + ".db");
  auto r = RunCorpusd({"import", "--db", db, path});
  EXPECT_EQ(r.exit_code, 0) << name << ": " << r.out << r.err;
  return QueryCorpus(db, "SELECT text FROM documents");
}

class SeedVariants : public ::testing::TestWithParam<std::string> {};

TEST_P(SeedVariants, ImportToTheSameTextAsTheOriginal) {
  TempDir dir;
  const std::string original = ReadFileBytes(GetParam());
  const std::string expected = ImportedText(dir, "original.txt", original);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(ImportedText(dir, "utf8-bom.txt", "\xEF\xBB\xBF" + original), expected);
  EXPECT_EQ(ImportedText(dir, "utf16le.txt", Utf16WithBom(original, false)), expected);
  EXPECT_EQ(ImportedText(dir, "utf16be.txt", Utf16WithBom(original, true)), expected);
  EXPECT_EQ(ImportedText(dir, "crlf.txt", Crlf(original)), expected);
  EXPECT_EQ(ImportedText(dir, "mojibake.txt", DoubleEncoded(original)), expected);
  const std::string cp1252 = ToWindows1252(original);
  if (!cp1252.empty()) {  // not every seed fits in windows-1252 (one quotes Cyrillic)
    EXPECT_EQ(ImportedText(dir, "cp1252.txt", cp1252), expected);
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedVariants, ::testing::ValuesIn(SeedPaths()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return "Seed" +
                                  std::filesystem::path(info.param).stem().string().substr(0, 3);
                         });

}  // namespace
}  // namespace corpusd
