// Web pages: the whole path from bytes to a record (sniff, decode, pre-pass,
// parse, metadata, main content, cleaning, language, dates, hash) against
// Gumbo parsing the same decoded pages alone, in the same run. One thread:
// the figures are per core.
//
//   build/bench/html_bench [--benchmark_filter=...] DIR...
//
// DIR: folders of .html files (decompress .html.gz first).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "parsers/document_pipeline.h"
#include "parsers/html_document.h"
#include "parsers/text_decoder.h"

namespace {

struct Page {
  std::string raw;   // the bytes as fetched
  std::string utf8;  // decoded, for the parse-only baseline
};

std::vector<Page>& Pages() {
  static std::vector<Page> pages;
  return pages;
}

std::size_t TotalBytes() {
  std::size_t n = 0;
  for (const Page& p : Pages()) n += p.raw.size();
  return n;
}

void Report(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Pages().size()));
}

void BM_GumboParseOnly(benchmark::State& state) {
  for (auto _ : state) {
    for (const Page& page : Pages()) {
      corpusd::HtmlDocument doc(page.utf8);
      benchmark::DoNotOptimize(doc.root().child_count());
    }
  }
  Report(state);
}
BENCHMARK(BM_GumboParseOnly)->Unit(benchmark::kMillisecond);

void BM_PageToRecord(benchmark::State& state) {
  auto rules = corpusd::BoilerplateRules::Create({});
  if (!rules.ok()) {
    state.SkipWithError(rules.status().message().c_str());
    return;
  }
  corpusd::PipelineOptions options;
  options.rules = &*rules;
  for (auto _ : state) {
    for (const Page& page : Pages()) {
      corpusd::RawInput input;
      input.bytes = page.raw;
      input.content_type = "text/html";
      auto built = corpusd::BuildDocument(input, options);
      benchmark::DoNotOptimize(built.ok());
    }
  }
  Report(state);
}
BENCHMARK(BM_PageToRecord)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      if (!entry.is_regular_file() || entry.path().extension() != ".html") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      Page page;
      page.raw.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      auto decoded = corpusd::DecodeText(page.raw, {"", true});
      page.utf8 = decoded.ok() ? decoded->utf8 : page.raw;
      Pages().push_back(std::move(page));
    }
  }
  if (Pages().empty()) {
    std::cerr << "usage: html_bench DIR... (folders of .html pages)\n";
    return 2;
  }
  std::cerr << Pages().size() << " pages, " << TotalBytes() << " bytes\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
