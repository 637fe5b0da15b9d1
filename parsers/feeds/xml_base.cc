#include "parsers/feeds/xml_base.h"

#include <vector>

#include "parsers/ascii.h"
#include "parsers/web/url.h"

namespace corpusd {

std::string XmlBaseUrl(XmlNode element, std::string_view document_url) {
  std::vector<std::string> bases;  // innermost first
  for (XmlNode n = element; n; n = n.parent()) {
    std::string base = n.attribute("base", kXmlNamespace);
    if (!TrimAsciiWhitespace(base).empty()) bases.push_back(std::move(base));
  }
  std::string url(document_url);
  for (auto it = bases.rbegin(); it != bases.rend(); ++it) {
    Result<std::string> resolved = ResolveUrl(url, *it);
    if (resolved.ok()) url = std::move(resolved).value();
  }
  return url;
}

std::string ResolveLinkAt(XmlNode element, std::string_view href, std::string_view document_url) {
  std::string_view trimmed = TrimAsciiWhitespace(href);
  if (trimmed.empty()) return {};
  Result<std::string> resolved = ResolveUrl(XmlBaseUrl(element, document_url), trimmed);
  return resolved.ok() ? std::move(resolved).value() : std::string(trimmed);
}

}  // namespace corpusd
