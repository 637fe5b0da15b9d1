#include "daemon/commands/corpus_choice.h"

#include <CLI/CLI.hpp>
#include <filesystem>

#include "core/database_url.h"
#include "daemon/checked_config.h"

namespace corpusd {

void AddCorpusChoiceFlags(CLI::App& cmd, CorpusChoice& choice) {
  cmd.add_option("--db", choice.database, "The corpus file (wins over --config's database)")
      ->capture_default_str();
  cmd.add_option("--config", choice.config_file,
                 "Take the corpus file from this config file's `database`");
  cmd.callback([&cmd, &choice] { choice.db_given = cmd.count("--db") > 0; });
}

Result<std::string> ChosenCorpus(const CorpusChoice& choice, bool must_exist) {
  std::string database = choice.database;
  if (!choice.db_given && !choice.config_file.empty()) {
    Result<Config> config = LoadCheckedConfig(choice.config_file);
    if (!config.ok()) return config.status();
    database = config->store.database;
  }
  if (must_exist && IsPostgresUrl(database)) {
    // The read-only commands read a corpus file (store/corpus_reader.h).
    return Status::Unsupported(RedactedUrl(database) +
                               ": a PostgreSQL corpus; this command reads a corpus file: query "
                               "the database, or `corpusd copy` it to a file first");
  }
  std::error_code ec;
  if (must_exist && !std::filesystem::exists(database, ec)) {
    return Status::NotFound(database + ": no corpus there (give --db or --config)");
  }
  return database;
}

}  // namespace corpusd
