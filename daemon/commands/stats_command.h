// `corpusd stats [--db FILE] [--json] [--days N]`: what the corpus holds:
// documents per source and per day, languages, duplicates, the boilerplate
// removed by each rule, failures. Read-only: runs beside the daemon.
#pragma once

#include <string>

#include "daemon/commands/corpus_choice.h"

namespace CLI {
class App;
}

namespace corpusd {

struct StatsArgs {
  CorpusChoice corpus;  // --db or --config
  bool json = false;    // one JSON object, every day included
  int days = 14;        // the text shows the last N days that have documents
};

CLI::App* AddStatsCommand(CLI::App& app, StatsArgs& args);

// 0 on success; 2 when the corpus cannot be read.
int RunStats(const StatsArgs& args);

}  // namespace corpusd
