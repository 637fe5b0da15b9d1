// `corpusd import [--db FILE] [--source NAME] [--max-size SIZE] PATH... | -`
#pragma once

#include <string>
#include <vector>

#include "config/settings.h"

namespace CLI {
class App;
}

namespace corpusd {

struct ImportArgs {
  StoreSettings store;
  ImportSettings import;
  std::vector<std::string> paths;
};

// Declares the subcommand and its flags on `app`, filling `args` on parse.
CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args);

// Runs it: 0 when every input was stored or was a duplicate, 1 when any was
// rejected (the rest are stored), 2 when the corpus cannot be opened.
int RunImport(const ImportArgs& args);

}  // namespace corpusd
