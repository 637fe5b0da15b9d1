// `corpusd import [--config FILE] [--db FILE] [--source NAME] [--max-size SIZE]
//                 [--time-zone ZONE] [--language LANG] [--drop TEXT]...
//                 [--drop-regex RE]... PATH... | URL... | -`
//
// With --config, the config file supplies what no flag gives explicitly: the
// corpus (`database`), the size limit (`max_document_size`) and, when
// --source names one of its sources, that source's time zone, language hint
// and drop rules (ImportSettingsFor), as the daemon applies them. Explicit
// --db, --max-size, --time-zone and --language win over the file; --drop and
// --drop-regex add to the source's rules.
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
  std::string config_file;  // --config; empty: none
  // Which flags were given on the command line (set on parse), so that a
  // config file fills in only the others.
  bool db_given = false;
  bool source_given = false;
  bool max_size_given = false;
  bool time_zone_given = false;
  bool language_given = false;
  bool json = false;  // --json: the summary as one JSON object
  // --jobs: files read and cleaned at once (one writer); 0 until parsed,
  // then the machine's cores by default.
  unsigned jobs = 0;
};

// Declares the subcommand and its flags on `app`, filling `args` on parse.
CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args);

// Runs it: 0 when every input was stored or was a duplicate, 1 when any was
// rejected (the rest are stored), 2 when the config file is invalid or the
// corpus cannot be opened.
int RunImport(const ImportArgs& args);

}  // namespace corpusd
