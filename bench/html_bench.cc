// Web pages: the whole path from bytes to a record (sniff, decode, pre-pass,
// parse, metadata, main content, cleaning, language, dates, hash) against
// Gumbo parsing the same decoded pages alone, in the same run. One thread:
// the figures are per core.
//
// The baseline is Gumbo as shipped (its default allocator, the tree freed by
// gumbo_destroy_output; ParseWithGumboAsShipped): it is the yardstick, not
// part of corpusd's path. BM_HtmlDocumentParse is corpusd's own parse of the
// same pages (HtmlDocument: Gumbo into an arena).
//
//   build/bench/html_bench [--benchmark_filter=...] DIR...
//
// DIR: folders of .html files (decompress .html.gz first).
#include <iostream>

#include "bench/bench_inputs.h"
#include "parsers/encodings/text_decoder.h"
#include "parsers/html/html_document.h"

namespace {

std::vector<std::string>& Pages() {  // the bytes as fetched
  static std::vector<std::string> pages;
  return pages;
}

std::vector<std::string>& DecodedPages() {  // decoded, for the parse-only baseline
  static std::vector<std::string> pages;
  return pages;
}

void BM_GumboParseOnly(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& page : DecodedPages()) {
      benchmark::DoNotOptimize(corpusd::ParseWithGumboAsShipped(page));
    }
  }
  corpusd::bench::ReportThroughput(state, Pages());
}
BENCHMARK(BM_GumboParseOnly)->Unit(benchmark::kMillisecond);

void BM_HtmlDocumentParse(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& page : DecodedPages()) {
      corpusd::HtmlDocument doc(page);
      benchmark::DoNotOptimize(doc.root().child_count());
    }
  }
  corpusd::bench::ReportThroughput(state, Pages());
}
BENCHMARK(BM_HtmlDocumentParse)->Unit(benchmark::kMillisecond);

void BM_PageToRecord(benchmark::State& state) {
  corpusd::bench::RunPipeline(state, Pages(), "text/html");
}
BENCHMARK(BM_PageToRecord)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  Pages() = corpusd::bench::ReadFiles(std::vector<std::string>(argv + 1, argv + argc), ".html");
  if (Pages().empty()) {
    std::cerr << "usage: html_bench DIR... (folders of .html pages)\n";
    return 2;
  }
  for (const std::string& page : Pages()) {
    auto decoded = corpusd::DecodeText(page, {"", true});
    DecodedPages().push_back(decoded.ok() ? decoded->utf8 : page);
  }
  std::cerr << Pages().size() << " pages, " << corpusd::bench::TotalBytes(Pages()) << " bytes\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
