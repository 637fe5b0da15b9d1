// Which corpus file a reading or rewriting subcommand works on, named one way
// everywhere: `--db FILE` wins, else `--config FILE`'s `database`, else
// corpus.db in the working directory. Shared by stats, export and reprocess
// (import and run read the config for more than the corpus).
#pragma once

#include <string>

#include "core/status.h"

namespace CLI {
class App;
}

namespace corpusd {

struct CorpusChoice {
  std::string database = "corpus.db";
  std::string config_file;
  bool db_given = false;
};

// Declares --db and --config on `cmd`.
void AddCorpusChoiceFlags(CLI::App& cmd, CorpusChoice& choice);

// The corpus file; an error when the config cannot be read, or when
// `must_exist` and there is no file there (a command that would otherwise
// create an empty corpus by mistake) or it is a PostgreSQL corpus (the
// read-only commands, stats and export, read files).
Result<std::string> ChosenCorpus(const CorpusChoice& choice, bool must_exist);

}  // namespace corpusd
