// `corpusd extract [--format json|text] [--url URL] FILE | -`: the record that
// import would store for one document, printed instead of stored.
#pragma once

#include <string>

#include "config/settings.h"

namespace CLI {
class App;
}

namespace corpusd {

struct ExtractArgs {
  std::string format = "json";
  std::string url;   // recorded instead of the file's file:// URI
  std::string path;  // a file, or "-" for standard input
  std::string content_type;
  ImportSettings import;
};

CLI::App* AddExtractCommand(CLI::App& app, ExtractArgs& args);

// 0 with the record on standard output; 1 with the reason on standard error
// when the input yields no record.
int RunExtract(const ExtractArgs& args);

}  // namespace corpusd
