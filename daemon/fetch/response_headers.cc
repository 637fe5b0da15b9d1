#include "daemon/fetch/response_headers.h"

#include "parsers/ascii.h"

namespace corpusd {

void ReadHeaderLine(std::string_view line, ResponseHeaders* headers) {
  if (line.substr(0, 5) == "HTTP/") {
    *headers = {};
    return;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view name = TrimAsciiWhitespace(line.substr(0, colon));
  std::string value(TrimAsciiWhitespace(line.substr(colon + 1)));
  if (EqualsIgnoreAsciiCase(name, "content-type")) {
    headers->content_type = std::move(value);
  } else if (EqualsIgnoreAsciiCase(name, "etag")) {
    headers->etag = std::move(value);
  } else if (EqualsIgnoreAsciiCase(name, "last-modified")) {
    headers->last_modified = std::move(value);
  } else if (EqualsIgnoreAsciiCase(name, "retry-after")) {
    headers->retry_after = std::move(value);
  }
}

}  // namespace corpusd
