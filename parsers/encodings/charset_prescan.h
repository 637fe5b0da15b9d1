// Finding the charset a document declares about itself, without decoding it:
// the WHATWG HTML "prescan a byte stream to determine its encoding" algorithm
// (<meta charset>, <meta http-equiv=content-type content="...charset=...">) and
// the XML declaration (<?xml version="1.0" encoding="..."?>). Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace corpusd {

// The raw label found by the HTML prescan of the first 1024 bytes, or nullopt.
// The label is returned as written; map it with EncodingForLabel().
std::optional<std::string> PrescanHtmlCharset(std::string_view bytes);

// The encoding label of an XML declaration at the very start, or nullopt.
std::optional<std::string> XmlDeclaredCharset(std::string_view bytes);

// The charset parameter of a Content-Type value ("text/html; charset=KOI8-R").
std::optional<std::string> ContentTypeCharset(std::string_view content_type);

}  // namespace corpusd
