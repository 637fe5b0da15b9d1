// What the benchmarks share: reading their inputs from folders, running the
// whole pipeline over them, and reporting throughput.
#pragma once

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/ingest/document_builder.h"

namespace corpusd::bench {

// Every regular file below the folders whose name ends in `extension`
// ("" for any, though never .gz: decompress first).
inline std::vector<std::string> ReadFiles(const std::vector<std::string>& dirs,
                                          std::string_view extension) {
  std::vector<std::string> files;
  for (const std::string& dir : dirs) {
    std::error_code error;
    std::filesystem::recursive_directory_iterator it(dir, error);
    if (error) {
      std::cerr << dir << ": " << error.message() << "\n";  // the caller reports no inputs
      continue;
    }
    for (const auto& entry : it) {
      const std::string ext = entry.path().extension().string();
      if (!entry.is_regular_file() || ext == ".gz") continue;
      if (!extension.empty() && ext != extension) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  return files;
}

inline std::size_t TotalBytes(const std::vector<std::string>& inputs) {
  std::size_t n = 0;
  for (const std::string& s : inputs) n += s.size();
  return n;
}

// Bytes and documents per second for a run over all `inputs`.
inline void ReportThroughput(benchmark::State& state, const std::vector<std::string>& inputs) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(inputs)));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * inputs.size()));
}

// The whole pure pipeline (bytes to record) over every input, with the
// built-in rules and `content_type` declared.
inline void RunPipeline(benchmark::State& state, const std::vector<std::string>& inputs,
                        std::string_view content_type) {
  auto rules = BoilerplateRules::Create({});
  if (!rules.ok()) {
    state.SkipWithError(rules.status().message().c_str());
    return;
  }
  PipelineOptions options;
  options.rules = &*rules;
  for (auto _ : state) {
    for (const std::string& bytes : inputs) {
      IngestInput input;
      input.raw.bytes = bytes;
      input.raw.content_type = std::string(content_type);
      auto built = BuildIngested(input, options);
      benchmark::DoNotOptimize(built.ok());
    }
  }
  ReportThroughput(state, inputs);
}

}  // namespace corpusd::bench
