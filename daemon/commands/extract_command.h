// `corpusd extract [--format json|jsonl|text] [--url URL] INPUT...`: the
// record that import would store for each input (files, directories read
// recursively, URLs, - for standard input), printed instead of stored. The
// batch form: `--format jsonl`, one line per input, {input, error} for one
// that fails.
#pragma once

#include <string>
#include <vector>

#include "config/settings.h"

namespace CLI {
class App;
}

namespace corpusd {

struct ExtractArgs {
  std::string format = "json";
  std::string url;                 // recorded instead of the file's file:// URI
  std::vector<std::string> paths;  // files, directories, URLs, or "-" for standard input
  std::string content_type;
  ImportSettings import;
};

CLI::App* AddExtractCommand(CLI::App& app, ExtractArgs& args);

// 0 with every record on standard output; 1 when an input yields no record
// (its reason on standard error, or as an {input, error} line with jsonl);
// 2 for a usage error or when standard output cannot be written.
int RunExtract(const ExtractArgs& args);

}  // namespace corpusd
