// Normalization throughput: the whole pure pipeline (sniff, decode, repair,
// clean, lift metadata, remove debris, repair layout, language, date
// mentions, hash) against a plain validate-and-copy of the same bytes, in
// the same run. One thread: the figures are per core.
//
//   build/bench/normalize_bench [--benchmark_filter=...] [DIR...]
//
// DIR: folders of documents to run on (default: samples/). Files ending in
// .gz are not read; decompress them first.
#include <iostream>

#include "bench/bench_inputs.h"
#include "parsers/encodings/text_decoder.h"

namespace {

std::vector<std::string>& Inputs() {
  static std::vector<std::string> inputs;
  return inputs;
}

void BM_ValidateAndCopy(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& input : Inputs()) {
      std::string copy;
      if (corpusd::IsValidUtf8(input)) copy = input;
      benchmark::DoNotOptimize(copy.data());
    }
  }
  corpusd::bench::ReportThroughput(state, Inputs());
}
BENCHMARK(BM_ValidateAndCopy);

void BM_Normalize(benchmark::State& state) { corpusd::bench::RunPipeline(state, Inputs(), ""); }
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> dirs(argv + 1, argv + argc);
  if (dirs.empty()) dirs.push_back(std::string(CORPUSD_SOURCE_DIR) + "/samples");
  Inputs() = corpusd::bench::ReadFiles(dirs, "");
  std::cerr << Inputs().size() << " documents, " << corpusd::bench::TotalBytes(Inputs())
            << " bytes\n";
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
