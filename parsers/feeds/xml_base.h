// The base URL in effect at an XML element (XML Base: xml:base attributes on
// the element and its ancestors, each resolved against the one outside it,
// the outermost against the document's URL), and links resolved against it.
// Pure.
#pragma once

#include <string>
#include <string_view>

#include "parsers/feeds/xml_document.h"

namespace corpusd {

// The base URL for links written on `element`; `document_url` when no
// xml:base applies (may be empty).
std::string XmlBaseUrl(XmlNode element, std::string_view document_url);

// `href` (trimmed) resolved against XmlBaseUrl(element, document_url); `href`
// as written when it cannot be resolved; empty when `href` is blank.
std::string ResolveLinkAt(XmlNode element, std::string_view href, std::string_view document_url);

}  // namespace corpusd
