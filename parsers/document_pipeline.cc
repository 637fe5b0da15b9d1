#include "parsers/document_pipeline.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/content_hash.h"
#include "parsers/dates/date_mentions.h"
#include "parsers/encodings/charset_prescan.h"
#include "parsers/encodings/content_sniffer.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/html/html_main_content.h"
#include "parsers/html/html_metadata.h"
#include "parsers/html/html_prepass.h"
#include "parsers/html/html_text.h"
#include "parsers/repair/text_fixer.h"
#include "parsers/text/cleaner.h"
#include "parsers/text/header_lines.h"
#include "parsers/text/language_detector.h"
#include "parsers/text/text_blocks.h"
#include "parsers/text/text_key.h"
#include "parsers/text/text_layout.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// The top-level domain of a URL ("hu" for https://index.hu/...), for the
// language detector's hints.
std::string TopLevelDomain(std::string_view url) {
  const std::string host = UrlHost(url);
  const std::size_t dot = host.rfind('.');
  return dot == std::string::npos ? std::string() : host.substr(dot + 1);
}

// A metadata value repaired and cleaned as text is; nullopt when empty.
std::optional<std::string> CleanField(const std::string& value) {
  if (value.empty()) return std::nullopt;
  Result<std::vector<std::string>> cleaned = CleanParagraphs({FixText(value).text});
  if (!cleaned.ok() || cleaned->empty()) return std::nullopt;
  return (*cleaned)[0];
}

// Repairs each paragraph's characters, summing the repairs by kind.
std::vector<Repair> FixParagraphs(std::vector<std::string>* paragraphs) {
  std::map<std::string, std::size_t> counts;
  for (std::string& p : *paragraphs) {
    FixedText fixed = FixText(p);
    if (fixed.left_alone) ++counts["mojibake:left-alone"];
    if (fixed.repairs.empty()) continue;
    p = std::move(fixed.text);
    for (const Repair& r : fixed.repairs) counts[r.kind] += r.count;
  }
  std::vector<Repair> repairs;
  for (auto& [kind, count] : counts) repairs.push_back({kind, count});
  return repairs;
}

}  // namespace

Result<BuiltDocument> BuildDocument(const RawInput& input, const PipelineOptions& options) {
  // Sniff: what kind of document is this?
  const SniffResult sniff =
      SniffContent(input.bytes, input.content_type, input.url.empty() ? input.name : input.url);
  switch (sniff.kind) {
    case ContentKind::kEmpty:
      return Status::InvalidInput("empty input");
    case ContentKind::kBinary:
      return Status::Unsupported("binary content (" + sniff.mime_type + "), not text or HTML");
    case ContentKind::kData:
      return Status::Unsupported("data (" + sniff.mime_type + "), not text or HTML");
    case ContentKind::kXml:
      return Status::Unsupported("XML document (" + sniff.mime_type +
                                 "), not a feed, text or HTML");
    case ContentKind::kHtml:
    case ContentKind::kText:
      break;
  }
  // A fragment is HTML by definition, even when it opens with plain words.
  const bool html = sniff.kind == ContentKind::kHtml || options.html_fragment;

  // Decode to UTF-8.
  DecodeHints hints;
  hints.declared_charset = ContentTypeCharset(input.content_type).value_or("");
  hints.html = html;
  Result<DecodedText> decoded = DecodeText(input.bytes, hints);
  if (!decoded.ok()) return decoded.status();

  // Parse into paragraphs.
  BuiltDocument built;
  Record& record = built.record;
  std::vector<std::string> paragraphs;
  std::string declared_language;
  std::optional<NormalizedDate> published;
  if (html) {
    // Scripts, styles, SVG and comments are half a page's bytes and never text.
    std::string stripped;
    const bool did_strip = StripInvisibleMarkup(decoded->utf8, &stripped);
    const HtmlDocument doc(did_strip ? std::move(stripped) : std::move(decoded->utf8));
    HtmlMetadata meta;
    if (!options.html_fragment) {
      meta = ExtractHtmlMetadata(doc, input.url, options.dates, {options.not_after});
    }
    // The page's whole visible text is a walk of its own: taken only when
    // the metadata lacks a title or language, or no article is found.
    std::optional<HtmlText> page;
    const auto whole_page = [&]() -> HtmlText& {
      if (!page) page = ExtractHtmlText(doc);
      return *page;
    };
    const std::string& title = !meta.title.empty() ? meta.title : whole_page().title;
    std::vector<std::string> article;
    std::vector<Removal> left_out;  // the extraction audit, kept only when an article is found
    if (!options.html_fragment) {
      article = ExtractMainContent(doc, {title, meta.article_body}, &left_out);
    }
    if (!article.empty()) {
      paragraphs = std::move(article);
      record.extraction = "main-content";
      record.removals = std::move(left_out);
    } else {
      paragraphs = std::move(whole_page().blocks);  // no article found: the whole visible text
      record.extraction = options.html_fragment ? "fragment" : "whole-page";
    }
    record.title = CleanField(title);
    declared_language = !meta.language.empty() ? meta.language : whole_page().language;
    published = meta.published;
    if (meta.modified) record.modified_at = meta.modified->iso;
    record.canonical_url = CleanField(meta.canonical_url);
    record.site_name = CleanField(meta.site_name);
    record.description = CleanField(meta.description);
    std::string authors;
    for (const std::string& a : meta.authors) authors += (authors.empty() ? "" : "; ") + a;
    record.author = CleanField(authors);
  } else {
    paragraphs = SplitTextParagraphs(decoded->utf8);
    record.extraction = "text";
  }

  // Repair characters, then clean them. Repairs come before any decision
  // that reads letters: mojibake turns a paragraph's opening quote into "â".
  record.repairs = FixParagraphs(&paragraphs);
  if (!html) paragraphs = JoinWrappedParagraphs(std::move(paragraphs));
  Result<std::vector<std::string>> cleaned = CleanParagraphs(paragraphs);
  if (!cleaned.ok()) return cleaned.status();
  paragraphs = std::move(*cleaned);

  // Split glued words (while the header lines still show the words' use),
  // lift metadata lines, then remove debris.
  paragraphs = SplitGluedWords(std::move(paragraphs));
  LiftedHeader header =
      // A web page's headline comes from its metadata (with <h1> as the last
      // resort); a title is lifted from the text of plain text only.
      LiftHeaderLines(&paragraphs, options.dates, /*lift_title=*/!html, &record.removals);
  if (header.title) record.title = header.title;
  if (!published) published = header.published;  // a page's meta data outranks its text
  if (published) record.published_at = published->iso;
  record.dateline = header.dateline;
  paragraphs = options.rules->Apply(std::move(paragraphs), &record.removals);
  paragraphs = RemoveNameCaptions(std::move(paragraphs), &record.removals);
  built.line_fingerprints = LineFingerprints(paragraphs);
  if (options.memory != nullptr) {
    paragraphs = RemoveLearnedBoilerplate(std::move(paragraphs), *options.memory, options.learned,
                                          &record.removals);
  }
  for (std::string& p : paragraphs) p = FixPunctuationSpacing(p);

  record.text = JoinParagraphs(paragraphs);
  if (record.text.empty()) return Status::InvalidInput("no text left after cleaning");

  // Record.
  record.source = input.source;
  record.url = NonEmpty(input.url);
  LanguageHints language_hints{declared_language, TopLevelDomain(input.url)};
  record.language = DetectLanguage(record.text, language_hints);
  if (!record.language && !declared_language.empty()) record.language = declared_language;
  DateContext dates = options.dates;
  if (dates.language.empty() && record.language) dates.language = *record.language;
  record.date_mentions = FindDateMentions(record.text, published, dates);
  record.content_hash = Sha256Hex(record.text);
  TextKeys keys = KeysOf(record.text);
  record.text_key_hash = std::move(keys.key_hash);
  built.minhash = std::move(keys.minhash);
  record.rules_version = RulesVersion(*options.rules);
  CapMetadataFields(&record);
  record.content_type = html ? "text/html" : "text/plain";
  record.encoding = decoded->encoding;
  record.encoding_decided_by = decoded->decided_by;
  record.replaced_sequences = decoded->replaced;
  return built;
}

namespace {

void CutAtCharacter(std::optional<std::string>* field, std::size_t max_bytes) {
  if (!*field || (*field)->size() <= max_bytes) return;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>((**field)[end]) & 0xC0) == 0x80) --end;
  (*field)->resize(end);
}

}  // namespace

void CapMetadataFields(Record* record) {
  constexpr std::size_t kShort = 1024, kDescription = 4096, kUrl = 8192;
  for (std::optional<std::string>* field :
       {&record->title, &record->author, &record->site_name, &record->dateline}) {
    CutAtCharacter(field, kShort);
  }
  CutAtCharacter(&record->description, kDescription);
  for (std::optional<std::string>* url : {&record->url, &record->canonical_url}) {
    if (*url && (*url)->size() > kUrl) url->reset();
  }
}

std::string RulesVersion(const BoilerplateRules& rules) {
  return "p" + std::to_string(kPipelineVersion) + "-r" + rules.version();
}

}  // namespace corpusd
