// HTML extraction: any bytes as a web page or as a feed item's HTML
// fragment, through the whole pure pipeline (sniffing, decoding, Gumbo,
// main content, metadata, cleaning, dates, language). Never crashes; a
// record's text is valid UTF-8.
#include <cstdlib>

#include "daemon/ingest/document_builder.h"
#include "fuzz/fuzz_input.h"
#include "parsers/encodings/text_decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const corpusd::BoilerplateRules* rules =
      new corpusd::BoilerplateRules(std::move(corpusd::BoilerplateRules::Create({})).value());
  corpusd::fuzz::Input input(data, size);
  corpusd::PipelineOptions options;
  options.rules = rules;
  options.dates.language =
      corpusd::fuzz::kLanguages[input.Choose(std::size(corpusd::fuzz::kLanguages))];
  corpusd::IngestInput in;
  in.html_fragment = input.Choose(4) == 0;
  in.raw.content_type = input.Choose(2) == 0 ? "text/html" : "";
  in.raw.bytes = std::string(input.Rest());
  in.raw.url = "https://news.example/a/1.html";
  corpusd::Result<corpusd::BuiltDocument> built = corpusd::BuildIngested(in, options);
  if (built.ok() && !corpusd::IsValidUtf8(built->record.text)) std::abort();
  return 0;
}
