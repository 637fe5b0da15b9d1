#include "parsers/text_blocks.h"

#include <cctype>

#include "parsers/utf8.h"

namespace corpusd {
namespace {

std::string_view TrimAscii(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// The last code point of a non-empty line.
char32_t LastCodePoint(std::string_view line) {
  std::size_t start = line.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
  std::size_t length = 0;
  return utf8::DecodeAt(line, start, length);
}

bool EndsSentence(std::string_view line) {
  switch (LastCodePoint(line)) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case '"':
    case '\'':
    case ')':
    case U'\u201D':
    case U'\u2019':
    case U'\u00BB':
    case U'\u2026':
    case U'\u3002':
      return true;
    default:
      return false;
  }
}

bool StartsLowercase(std::string_view line) {
  return !line.empty() && std::islower(static_cast<unsigned char>(line.front()));
}

}  // namespace

std::vector<std::string> SplitTextParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  const auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(std::move(current));
    current.clear();
  };
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = TrimAscii(text.substr(pos, end - pos));
    if (line.empty()) {
      flush();
    } else if (current.empty()) {
      current.assign(line);
    } else if (!EndsSentence(current) && StartsLowercase(line)) {
      current += ' ';
      current += line;
    } else {
      flush();
      current.assign(line);
    }
    if (end == text.size()) break;
    pos = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  flush();
  return paragraphs;
}

}  // namespace corpusd
