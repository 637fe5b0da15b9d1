// HTTP response handling: what the daemon does with a response once libcurl
// has it. The input is a header block (lines up to an empty line) and a body:
// the header lines are read as libcurl hands them over, then the body is
// taken as robots.txt, as a page naming its feeds, and as a document of the
// Content-Type it was sent with.
#include <cstdlib>

#include "daemon/fetch/response_headers.h"
#include "daemon/ingest/document_builder.h"
#include "fuzz/fuzz_input.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/feeds/feed_discovery.h"
#include "parsers/html/html_document.h"
#include "parsers/web/robots_txt.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const corpusd::BoilerplateRules* rules =
      new corpusd::BoilerplateRules(std::move(corpusd::BoilerplateRules::Create({})).value());
  corpusd::fuzz::Input input(data, size);
  corpusd::ResponseHeaders headers;
  for (;;) {
    const std::string_view line = input.Until('\n');
    if (line.empty() || line == "\r" || input.Rest().empty()) break;
    corpusd::ReadHeaderLine(line, &headers);
  }
  const std::string_view body = input.Rest();
  (void)corpusd::ParseRobotsTxt(body, "corpusd");
  corpusd::Result<corpusd::DecodedText> decoded =
      corpusd::DecodeText(body, {.declared_charset = "", .html = true});
  if (decoded.ok()) {
    corpusd::HtmlDocument page(decoded->utf8);
    (void)corpusd::DiscoverFeeds(page, "https://news.example/");
  }
  corpusd::PipelineOptions options;
  options.rules = rules;
  const corpusd::IngestInput in = corpusd::HttpBodyInput(
      std::string(body), "https://news.example/a/1.html", headers.content_type);
  corpusd::Result<corpusd::BuiltDocument> built = corpusd::BuildIngested(in, options);
  if (built.ok() && !corpusd::IsValidUtf8(built->record.text)) std::abort();
  return 0;
}
