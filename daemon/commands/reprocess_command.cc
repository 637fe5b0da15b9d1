#include "daemon/commands/reprocess_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>

#include "config/daemon_config.h"
#include "core/clock.h"
#include "daemon/checked_config.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/source_pipeline.h"
#include "daemon/ingest/store_line_memory.h"
#include "daemon/open_corpus.h"

namespace corpusd {
namespace {

constexpr int kBatch = 32;  // documents per transaction: short, for readers and the daemon

// How one source's documents are cleaned today.
struct SourceCleaning {
  ImportSettings settings;
  std::unique_ptr<BoilerplateRules> rules;
  std::unique_ptr<StoreLineMemory> memory;
  PipelineOptions options;
  std::string version;
};

struct Tally {
  std::int64_t examined = 0, current = 0, changed = 0, unchanged = 0, conflicts = 0, failed = 0;
};

// Fields the raw input may not hold (a feed item's title and dates, the
// URL it was fetched from) are kept when the new derivation has none.
void KeepWhatTheRawInputLacks(const Record& old, Record* fresh) {
  fresh->source = old.source;
  fresh->fetched_at = old.fetched_at;
  fresh->url = old.url;
  for (auto [field, was] :
       {std::pair{&fresh->title, &old.title}, std::pair{&fresh->author, &old.author},
        std::pair{&fresh->published_at, &old.published_at},
        std::pair{&fresh->modified_at, &old.modified_at},
        std::pair{&fresh->canonical_url, &old.canonical_url},
        std::pair{&fresh->site_name, &old.site_name},
        std::pair{&fresh->description, &old.description}}) {
    if (!*field) *field = *was;
  }
}

bool SameContent(const Record& a, const Record& b) {
  return a.text == b.text && a.title == b.title && a.author == b.author &&
         a.published_at == b.published_at && a.language == b.language && a.dateline == b.dateline &&
         a.modified_at == b.modified_at && a.extraction == b.extraction && a.encoding == b.encoding;
}

class Reprocessor {
 public:
  Reprocessor(const ReprocessArgs& args, Corpus& store, const Config* config)
      : args_(args), store_(store), config_(config) {}

  Result<Tally> Run() {
    std::int64_t after = 0;
    for (;;) {
      Result<std::vector<StoredRecord>> page = store_.RecordsAfter(after, kBatch);
      if (!page.ok()) return page.status();
      if (page->empty()) return tally_;
      after = page->back().id;
      std::vector<StoredRecord> batch;
      std::vector<minhash::Signature> keys;
      for (StoredRecord& stored : *page) {
        if (!args_.source.empty() && stored.record.source != args_.source) continue;
        Result<SourceCleaning*> cleaning = CleaningFor(stored.record.source);
        if (!cleaning.ok()) return cleaning.status();
        ++tally_.examined;
        if (!args_.all && stored.record.rules_version == (*cleaning)->version) {
          ++tally_.current;
          continue;
        }
        std::optional<BuiltDocument> built = Rebuild(stored, **cleaning);
        if (!built) continue;
        if (SameContent(stored.record, built->record)) {
          ++tally_.unchanged;
        } else {
          ++tally_.changed;
        }
        batch.push_back({stored.id, std::move(built->record)});
        keys.push_back(std::move(built->minhash));
      }
      if (args_.dry_run || batch.empty()) continue;
      Result<std::vector<ReplaceOutcome>> outcomes = store_.ReplaceBatch(batch, keys);
      if (!outcomes.ok()) return outcomes.status();
      for (std::size_t i = 0; i < outcomes->size(); ++i) {
        if ((*outcomes)[i].replaced) continue;
        ++tally_.conflicts;
        std::fprintf(stderr,
                     "corpusd: document %lld: its new text would repeat document %lld; left as "
                     "it was\n",
                     static_cast<long long>(batch[i].id),
                     static_cast<long long>((*outcomes)[i].conflict_with));
      }
    }
  }

 private:
  Result<SourceCleaning*> CleaningFor(const std::string& source) {
    auto it = cleanings_.find(source);
    if (it != cleanings_.end()) return it->second.get();
    auto cleaning = std::make_unique<SourceCleaning>();
    cleaning->settings.source = source;
    if (config_ != nullptr) {
      cleaning->settings = config_->import;
      cleaning->settings.source = source;
      for (const SourceConfig& s : config_->sources) {
        if (s.name == source) cleaning->settings = ImportSettingsFor(*config_, s);
      }
    }
    Result<BoilerplateRules> rules = BoilerplateRules::Create(cleaning->settings.boilerplate);
    if (!rules.ok()) return rules.status().WithContext("source " + source);
    cleaning->rules = std::make_unique<BoilerplateRules>(std::move(*rules));
    cleaning->memory = std::make_unique<StoreLineMemory>(store_, source);
    cleaning->options =
        SourcePipelineOptions(cleaning->settings, *cleaning->rules, cleaning->memory.get());
    cleaning->version = RulesVersion(*cleaning->rules);
    SourceCleaning* out = cleaning.get();
    cleanings_.emplace(source, std::move(cleaning));
    return out;
  }

  std::optional<BuiltDocument> Rebuild(const StoredRecord& stored, const SourceCleaning& cleaning) {
    const Record& old = stored.record;
    const std::string name = "document " + std::to_string(stored.id);
    Result<std::string> raw = store_.RawInput(stored.id);
    if (!raw.ok()) {
      ++tally_.failed;
      std::fprintf(stderr, "corpusd: %s: %s; left as it was\n", name.c_str(),
                   raw.status().message().c_str());
      return std::nullopt;
    }
    IngestInput input;
    input.raw.bytes = std::move(*raw);
    input.raw.name = name;
    input.raw.url = old.url.value_or("");
    input.raw.source = old.source;
    input.raw.content_type = old.content_type;
    // The charset its transport declared is not in the raw bytes.
    if (old.encoding_decided_by == "declared") {
      input.raw.content_type += "; charset=" + old.encoding;
    }
    // A feed item's content, or its summary alone: both are fragments.
    input.html_fragment = old.extraction == "fragment" || old.extraction == "summary";
    input.summary_only = old.extraction == "summary";
    PipelineOptions options = cleaning.options;
    if (auto fetched = ParseUtcTimestamp(old.fetched_at)) {
      options.not_after = LatestPlausibleDay(*fetched);  // as when it was first built
    }
    Result<BuiltDocument> built = BuildIngested(input, options);
    if (!built.ok()) {
      ++tally_.failed;
      std::fprintf(stderr, "corpusd: %s: today's cleaning refuses it (%s); left as it was\n",
                   name.c_str(), built.status().message().c_str());
      return std::nullopt;
    }
    KeepWhatTheRawInputLacks(old, &built->record);
    return std::move(*built);
  }

  const ReprocessArgs& args_;
  Corpus& store_;
  const Config* config_;
  std::map<std::string, std::unique_ptr<SourceCleaning>> cleanings_;
  Tally tally_;
};

}  // namespace

CLI::App* AddReprocessCommand(CLI::App& app, ReprocessArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "reprocess",
      "Re-derive documents from their kept raw input with today's cleaning rules, where the "
      "rules changed since they were made");
  cmd->add_option("--db", args.database, "The corpus file (wins over --config's database)")
      ->capture_default_str();
  cmd->add_option("--config", args.config_file,
                  "Clean each source with its settings from this config file, as the daemon "
                  "does");
  cmd->add_option("--source", args.source, "Only this source's documents");
  cmd->add_flag("--all", args.all, "Every document, also those of the current rules version");
  cmd->add_flag("--dry-run", args.dry_run, "Count what would change; write nothing");
  cmd->callback([cmd, &args] { args.db_given = cmd->count("--db") > 0; });
  return cmd;
}

int RunReprocess(const ReprocessArgs& args) {
  std::optional<Config> config;
  std::string database = args.database;
  if (!args.config_file.empty()) {
    Result<Config> loaded = LoadCheckedConfig(args.config_file);
    if (!loaded.ok()) {
      std::fprintf(stderr, "corpusd: %s\n", loaded.status().message().c_str());
      return 2;
    }
    config = std::move(*loaded);
    if (!args.db_given) database = config->store.database;
  }
  // Reprocessing rewrites a corpus that is there; it never makes an empty one.
  std::error_code ec;
  if (!std::filesystem::exists(database, ec)) {
    std::fprintf(stderr, "corpusd: %s: no corpus there (give --db or --config)\n",
                 database.c_str());
    return 2;
  }
  Result<std::unique_ptr<Corpus>> store = OpenCorpus(database);
  if (!store.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", database.c_str(), store.status().message().c_str());
    return 2;
  }
  Reprocessor reprocessor(args, **store, config ? &*config : nullptr);
  Result<Tally> tally = reprocessor.Run();
  if (!tally.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", database.c_str(), tally.status().message().c_str());
    return 2;
  }
  std::printf(
      "%lld examined: %lld %s, %lld %s with only the rules version new, %lld already current, "
      "%lld left as they were (%lld would repeat another document, %lld failed)\n",
      static_cast<long long>(tally->examined), static_cast<long long>(tally->changed),
      args.dry_run ? "would change" : "changed", static_cast<long long>(tally->unchanged),
      args.dry_run ? "would be marked" : "marked", static_cast<long long>(tally->current),
      static_cast<long long>(tally->conflicts + tally->failed),
      static_cast<long long>(tally->conflicts), static_cast<long long>(tally->failed));
  return tally->conflicts + tally->failed > 0 ? 1 : 0;
}

}  // namespace corpusd
