#include "parsers/text/text_key.h"

#include <cctype>
#include <vector>

#include "core/content_hash.h"
#include "parsers/text/icu_chars.h"
#include "parsers/text/icu_normalizer.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

// The words of a key: maximal runs of word characters.
std::vector<std::string_view> WordsOf(std::string_view key) {
  std::vector<std::string_view> words;
  std::size_t start = std::string_view::npos;
  std::size_t pos = 0;
  while (pos < key.size()) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(key[pos]);
    const bool word = byte < 0x80 ? (std::isalnum(byte) != 0)
                                  : chars::IsWordChar(utf8::DecodeAt(key, pos, length));
    if (word && start == std::string_view::npos) start = pos;
    if (!word && start != std::string_view::npos) {
      words.push_back(key.substr(start, pos - start));
      start = std::string_view::npos;
    }
    pos += length;
  }
  if (start != std::string_view::npos) words.push_back(key.substr(start));
  return words;
}

}  // namespace

std::string TextKey(std::string_view text) {
  Result<std::string> folded = ToNfkcCasefold(text);
  const std::string_view s = folded.ok() ? std::string_view(*folded) : text;
  std::string key;
  key.reserve(s.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(s[pos]);
    const char32_t c = byte < 0x80 ? byte : utf8::DecodeAt(s, pos, length);
    if (chars::IsWhiteSpace(c)) {
      pending_space = !key.empty();
    } else {
      if (pending_space) key.push_back(' ');
      pending_space = false;
      key.append(s.substr(pos, length));
    }
    pos += length;
  }
  return key;
}

TextKeys KeysOf(std::string_view text) {
  const std::string key = TextKey(text);
  return TextKeys{Sha256Hex(key), minhash::Compute(WordsOf(key))};
}

}  // namespace corpusd
