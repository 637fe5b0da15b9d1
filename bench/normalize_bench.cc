// Normalization throughput: the whole pure pipeline (sniff, decode, repair,
// clean, lift metadata, remove debris, repair layout, language, date
// mentions, hash) against a plain validate-and-copy of the same bytes, in
// the same run. One thread: the figures are per core.
//
//   build/bench/normalize_bench [--benchmark_filter=...] [DIR...]
//
// DIR: folders of documents to run on (default: samples/). Files ending in
// .gz are not read; decompress them first.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "parsers/document_pipeline.h"
#include "parsers/text_decoder.h"

namespace {

std::vector<std::string>& Inputs() {
  static std::vector<std::string> inputs;
  return inputs;
}

std::size_t TotalBytes() {
  std::size_t n = 0;
  for (const std::string& s : Inputs()) n += s.size();
  return n;
}

void BM_ValidateAndCopy(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& input : Inputs()) {
      std::string copy;
      if (corpusd::IsValidUtf8(input)) copy = input;
      benchmark::DoNotOptimize(copy.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Inputs().size()));
}
BENCHMARK(BM_ValidateAndCopy);

void BM_Normalize(benchmark::State& state) {
  auto rules = corpusd::BoilerplateRules::Create({});
  if (!rules.ok()) {
    state.SkipWithError(rules.status().message().c_str());
    return;
  }
  corpusd::PipelineOptions options;
  options.rules = &*rules;
  for (auto _ : state) {
    for (const std::string& bytes : Inputs()) {
      corpusd::RawInput input;
      input.bytes = bytes;
      auto built = corpusd::BuildDocument(input, options);
      benchmark::DoNotOptimize(built.ok());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes()));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Inputs().size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> dirs(argv + 1, argv + argc);
  if (dirs.empty()) dirs.push_back(std::string(CORPUSD_SOURCE_DIR) + "/samples");
  for (const std::string& dir : dirs) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
      if (!entry.is_regular_file() || entry.path().extension() == ".gz") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      Inputs().emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  std::cerr << Inputs().size() << " documents, " << TotalBytes() << " bytes\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
