#include "parsers/text/language_tag.h"

namespace corpusd {

std::string PrimaryLanguage(std::string_view bcp47) {
  std::string out;
  for (const char c : bcp47) {
    if (c == '-' || c == '_') break;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // Older or macrolanguage tags for languages the table lists otherwise.
  if (out == "no") return "nb";
  if (out == "tl") return "fil";
  if (out == "iw") return "he";
  if (out == "in") return "id";
  return out;
}

std::string RegionSubtag(std::string_view bcp47) {
  std::size_t start = 0;
  while (start < bcp47.size()) {
    std::size_t end = bcp47.find_first_of("-_", start);
    if (end == std::string_view::npos) end = bcp47.size();
    if (start > 0 && end - start == 2) {
      std::string region;
      for (const char c : bcp47.substr(start, 2)) {
        region.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
      }
      return region;
    }
    start = end + 1;
  }
  return {};
}

}  // namespace corpusd
