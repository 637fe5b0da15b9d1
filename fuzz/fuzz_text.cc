// Decoding and mojibake repair: any bytes, with or without a declared
// charset, through DecodeText and then FixText, as `import` and `fix-text`
// do. Never crashes; the output is valid UTF-8.
#include <cstdlib>
#include <string>

#include "fuzz/fuzz_input.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/repair/text_fixer.h"

namespace {
constexpr const char* kCharsets[] = {"",           "utf-8",     "windows-1252",  "windows-1251",
                                     "iso-8859-2", "shift_jis", "utf-16le",      "koi8-r",
                                     "gb18030",    "big5",      "x-user-defined"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  corpusd::fuzz::Input input(data, size);
  corpusd::DecodeHints hints;
  hints.declared_charset = kCharsets[input.Choose(std::size(kCharsets))];
  hints.html = input.Choose(2) == 1;
  corpusd::Result<corpusd::DecodedText> decoded = corpusd::DecodeText(input.Rest(), hints);
  if (!decoded.ok()) return 0;
  if (!corpusd::IsValidUtf8(decoded->utf8)) std::abort();
  const corpusd::FixedText fixed = corpusd::FixText(decoded->utf8);
  if (!corpusd::IsValidUtf8(fixed.text)) std::abort();
  return 0;
}
