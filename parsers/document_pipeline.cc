#include "parsers/document_pipeline.h"

#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.h"
#include "parsers/charset_prescan.h"
#include "parsers/cleaner.h"
#include "parsers/content_sniffer.h"
#include "parsers/html_text.h"
#include "parsers/text_blocks.h"
#include "parsers/text_decoder.h"

namespace corpusd {
namespace {

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

Result<Record> BuildRecord(const RawInput& input) {
  // Sniff: what kind of document is this?
  const SniffResult sniff =
      SniffContent(input.bytes, input.content_type, input.url.empty() ? input.name : input.url);
  switch (sniff.kind) {
    case ContentKind::kEmpty:
      return Status::InvalidInput("empty input");
    case ContentKind::kBinary:
      return Status::Unsupported("binary content (" + sniff.mime_type + "), not text or HTML");
    case ContentKind::kXml:
      return Status::Unsupported("XML document (" + sniff.mime_type +
                                 "), not text or HTML; feeds are not imported yet");
    case ContentKind::kHtml:
    case ContentKind::kText:
      break;
  }
  const bool html = sniff.kind == ContentKind::kHtml;

  // Decode to UTF-8.
  DecodeHints hints;
  hints.declared_charset = ContentTypeCharset(input.content_type).value_or("");
  hints.html = html;
  Result<DecodedText> decoded = DecodeText(input.bytes, hints);
  if (!decoded.ok()) return decoded.status();

  // Parse into paragraphs.
  Record record;
  std::vector<std::string> paragraphs;
  if (html) {
    HtmlText page = ExtractHtmlText(decoded->utf8);
    paragraphs = std::move(page.blocks);
    Result<std::vector<std::string>> title = CleanParagraphs({page.title});
    if (title.ok() && !title->empty()) record.title = (*title)[0];
    record.language = NonEmpty(std::move(page.language));
  } else {
    paragraphs = SplitTextParagraphs(decoded->utf8);
  }

  // Clean.
  Result<std::vector<std::string>> cleaned = CleanParagraphs(paragraphs);
  if (!cleaned.ok()) return cleaned.status();
  record.text = JoinParagraphs(*cleaned);
  if (record.text.empty()) return Status::InvalidInput("no text left after cleaning");

  // Record.
  record.source = input.source;
  record.url = NonEmpty(input.url);
  record.content_hash = Sha256Hex(record.text);
  record.content_type = html ? "text/html" : "text/plain";
  record.encoding = decoded->encoding;
  record.replaced_sequences = decoded->replaced;
  return record;
}

}  // namespace corpusd
