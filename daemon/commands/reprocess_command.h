// `corpusd reprocess [--db FILE] [--config FILE] [--source NAME] [--all]
// [--dry-run]`: re-derives documents from the raw input kept beside each,
// with today's cleaning, when the rules have changed since the document was
// made (its `rules_version` differs from the source's current one) or, with
// --all, every document. With --config each source is cleaned with its own
// settings (rules, time zone, language), as the daemon does.
//
// While it runs, readers see every document either as it was or as it is
// now, never a mix: documents are replaced in place (same id, same
// fetched_at) in short transactions of a few dozen. Fields the raw input
// does not hold (a feed item's title or date) are kept when the new
// derivation finds none. A document whose new text would repeat another
// document is left as it was and reported.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace corpusd {

struct ReprocessArgs {
  std::string database = "corpus.db";
  bool db_given = false;
  std::string config_file;
  std::string source;  // only this source's documents
  bool all = false;    // also documents of the current rules version
  bool dry_run = false;
};

CLI::App* AddReprocessCommand(CLI::App& app, ReprocessArgs& args);

// 0 when every document examined is current or replaced; 1 when some could
// not be (reported); 2 when the corpus or config cannot be opened.
int RunReprocess(const ReprocessArgs& args);

}  // namespace corpusd
