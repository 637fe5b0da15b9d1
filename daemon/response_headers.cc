#include "daemon/response_headers.h"

#include "parsers/ascii.h"

namespace corpusd {
namespace {

std::string_view Trim(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

void ReadHeaderLine(std::string_view line, ResponseHeaders* headers) {
  if (line.substr(0, 5) == "HTTP/") {
    *headers = {};
    return;
  }
  const auto colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string_view name = Trim(line.substr(0, colon));
  std::string value(Trim(line.substr(colon + 1)));
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
