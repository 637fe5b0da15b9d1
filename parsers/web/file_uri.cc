#include "parsers/web/file_uri.h"

#include <cctype>

#include "parsers/web/percent_encoding.h"

namespace corpusd {

std::string FileUri(std::string_view path) {
  std::string uri = "file://";
  for (const char ch : path) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri.push_back(ch);
    } else {
      AppendPercentEscape(c, uri);
    }
  }
  return uri;
}

}  // namespace corpusd
