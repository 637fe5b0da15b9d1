#include "parsers/text/text_blocks.h"

namespace corpusd {
namespace {

std::string_view TrimAscii(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string> SplitTextParagraphs(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = TrimAscii(text.substr(pos, end - pos));
    if (!line.empty()) lines.emplace_back(line);
    if (end == text.size()) break;
    pos = end + ((text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

}  // namespace corpusd
