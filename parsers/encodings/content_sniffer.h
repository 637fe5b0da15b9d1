// What kind of document a byte string is, judged by its content: the WHATWG
// MIME Sniffing Standard's rules (https://mimesniff.spec.whatwg.org/) for
// HTML, XML, text and the binary signatures (images, PDF, archives, media),
// with the file name's extension as a tie-breaker only. Pure.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

enum class ContentKind {
  kHtml,
  kText,
  kXml,     // XML that is not XHTML (feeds, sitemaps): read by parsers/feeds/
  kData,    // JSON or script: data for programs, not text for readers
  kBinary,  // images, PDF, archives, executables, anything with binary bytes
  kEmpty,   // nothing but whitespace
};

struct SniffResult {
  ContentKind kind = ContentKind::kText;
  std::string mime_type;  // "text/html", "text/plain", "image/png", "application/pdf", ...
};

// `declared_content_type` is a Content-Type from the transport (may be empty);
// `file_name` a path or URL whose extension may break a tie (may be empty).
SniffResult SniffContent(std::string_view bytes, std::string_view declared_content_type,
                         std::string_view file_name);

}  // namespace corpusd
