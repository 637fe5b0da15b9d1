// `corpusd copy --from A --to B`: moves a whole corpus between a SQLite file
// and a PostgreSQL database, either way (store/corpus_copy.h): documents with
// their ids and everything that belongs to them, and the daemon's state, so
// that a daemon pointed at B goes on where it stopped with A. A may also
// be `corpusd export`'s output, whose records are loaded into B
// (daemon/commands/export_loader.h).
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace corpusd {

struct CopyArgs {
  std::string from;  // a file path or a "postgresql://" URL
  std::string to;
};

CLI::App* AddCopyCommand(CLI::App& app, CopyArgs& args);

// 0 when everything was copied; 1 when it could not be (the reason on
// standard error; the target then holds whole batches of documents).
int RunCopy(const CopyArgs& args);

}  // namespace corpusd
