#include "daemon/commands/import_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string_view>
#include <thread>

#include "config/did_you_mean.h"
#include "daemon/checked_config.h"
#include "daemon/commands/progress_line.h"
#include "daemon/commands/settings_flags.h"
#include "daemon/fetch/fetch_once.h"
#include "daemon/ingest/importer.h"
#include "daemon/open_corpus.h"
#include "parsers/web/url.h"

namespace corpusd {
namespace {

constexpr const char* kStdinName = "standard input";

// The machine's cores (1 when it cannot tell).
unsigned DefaultJobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// "1 duplicate", "2 duplicates".
std::string Counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

void PrintSummary(const ImportReport& r, const std::string& db, bool json, std::FILE* out) {
  if (json) {
    nlohmann::ordered_json j = {{"corpus", db},
                                {"read", r.read},
                                {"stored", r.stored},
                                {"duplicates", r.duplicates},
                                {"rejected", nlohmann::ordered_json::array()}};
    for (const Rejection& rejection : r.rejected) {
      j["rejected"].push_back({{"input", rejection.input}, {"reason", rejection.reason}});
    }
    const std::string text = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::fprintf(out, "%s\n", text.c_str());
    return;
  }
  std::fprintf(out, "%zu read, %zu stored, %s, %zu rejected (corpus: %s)\n", r.read, r.stored,
               Counted(r.duplicates, "duplicate", "duplicates").c_str(), r.rejected.size(),
               db.c_str());
  for (const Rejection& rejection : r.rejected) {
    std::fprintf(out, "rejected %s: %s\n", rejection.input.c_str(), rejection.reason.c_str());
  }
}

// The corpus's own files, met when importing the folder it lives in
// ("corpusd import --db corpus.db ."): never documents.
bool IsCorpusFile(const std::string& path, const std::string& db, const FileSystem& fs) {
  const std::string file = fs.Absolute(path);
  const std::string corpus = fs.Absolute(db);
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    if (file == corpus + suffix) return true;
  }
  return false;
}

// `args` with what its config file supplies (see import_command.h).
Result<ImportArgs> WithConfig(const ImportArgs& args) {
  Result<Config> config = LoadCheckedConfig(args.config_file);
  if (!config.ok()) return config.status();
  ImportArgs out = args;
  if (!args.db_given) out.store = config->store;

  const SourceConfig* source = nullptr;
  for (const SourceConfig& s : config->sources) {
    if (s.name == args.import.source) source = &s;
  }
  if (source == nullptr && args.source_given && !config->sources.empty()) {
    std::vector<std::string_view> names;
    for (const SourceConfig& s : config->sources) names.push_back(s.name);
    std::fprintf(stderr, "corpusd: note: %s has no source \"%s\"%s; using its global settings\n",
                 args.config_file.c_str(), args.import.source.c_str(),
                 DidYouMeanSuffix(args.import.source, names).c_str());
  }
  out.import = source != nullptr ? ImportSettingsFor(*config, *source) : config->import;
  out.import.source = args.import.source;
  if (args.max_size_given) out.import.max_document_bytes = args.import.max_document_bytes;
  if (args.time_zone_given) out.import.time_zone = args.import.time_zone;
  if (args.language_given) out.import.language = args.import.language;
  out.import.batch_documents = args.import.batch_documents;  // not a config key
  out.import.boilerplate.insert(out.import.boilerplate.end(), args.import.boilerplate.begin(),
                                args.import.boilerplate.end());
  return out;
}

}  // namespace

CLI::App* AddImportCommand(CLI::App& app, ImportArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "import", "Import files, directories (recursively) or standard input (-) into the corpus");
  cmd->add_option("--config", args.config_file,
                  "Take the corpus, the size limit and, if --source names one of its sources, "
                  "that source's time zone, language and drop rules from this config file; "
                  "explicit --db, --max-size, --time-zone and --language win, --drop and "
                  "--drop-regex add rules");
  cmd->add_option("--db", args.store.database, "The corpus file (wins over --config's database)")
      ->capture_default_str();
  AddImportSettingsFlags(*cmd, args.import);
  cmd->add_option("--batch", args.import.batch_documents,
                  "Commit after this many documents: smaller shows readers new documents "
                  "sooner, larger loads faster")
      ->check(CLI::Range(1, 1000000))
      ->capture_default_str();
  cmd->add_option("--jobs", args.jobs,
                  "Read and clean this many files at once (one thread writes the corpus, which "
                  "gets the same documents in the same order as with --jobs 1); default: the "
                  "number of cores")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--json", args.json,
                "Print the summary as one JSON object (read, stored, duplicates, rejected)");
  cmd->add_option("paths", args.paths, "Files, directories, or - for standard input")->required();
  cmd->callback([cmd, &args] {
    args.db_given = cmd->count("--db") > 0;
    args.source_given = cmd->count("--source") > 0;
    args.max_size_given = cmd->count("--max-size") > 0;
    args.time_zone_given = cmd->count("--time-zone") > 0;
    args.language_given = cmd->count("--language") > 0;
  });
  return cmd;
}

int RunImport(const ImportArgs& args) {
  if (!args.config_file.empty()) {
    Result<ImportArgs> with_config = WithConfig(args);
    if (!with_config.ok()) {
      std::fprintf(stderr, "corpusd: %s\n", with_config.status().message().c_str());
      return 2;
    }
    with_config->config_file.clear();
    return RunImport(*with_config);
  }
  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  Result<std::unique_ptr<Corpus>> store = OpenCorpus(args.store.database);
  if (!store.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.store.database.c_str(),
                 store.status().message().c_str());
    return 2;
  }

  RealFileSystem fs;
  SystemClock clock;
  Importer importer(**store, fs, clock, args.import, *rules);

  std::vector<std::string> paths;
  std::vector<std::string> urls;
  bool read_stdin = false;
  for (const std::string& path : args.paths) {
    if (path == "-") {
      read_stdin = true;
    } else if (IsHttpUrl(path)) {
      urls.push_back(path);
    } else {
      paths.push_back(path);
    }
  }
  ExpandedPaths expanded = ExpandPaths(paths, fs);
  std::erase_if(expanded.files, [&](const std::string& file) {
    return IsCorpusFile(file, args.store.database, fs);
  });
  for (Rejection& rejection : expanded.rejected) importer.Reject(std::move(rejection));

  std::size_t skipped = 0;  // inputs not read once the corpus could not be written
  {
    ProgressLine progress(expanded.files.size() + urls.size() + (read_stdin ? 1 : 0));
    std::size_t done = 0;
    for (const std::string& url : urls) {
      FetchSettings settings;
      settings.max_body_bytes = args.import.max_document_bytes;
      Result<HttpResponse> response = FetchOnce(url, settings);
      if (!response.ok()) {
        importer.Reject({url, response.status().message()});
      } else if (response->status != 200) {
        importer.Reject({url, "HTTP " + std::to_string(response->status)});
      } else {
        IngestInput input =
            HttpBodyInput(std::move(response->body), response->url, response->content_type);
        input.raw.name = url;
        importer.ImportBytes(std::move(input));
      }
      progress.Update(++done, importer.report());
    }
    if (read_stdin) {
      Result<std::string> bytes = ReadAll(STDIN_FILENO, args.import.max_document_bytes);
      if (!bytes.ok()) {
        importer.Reject({kStdinName, bytes.status().message()});
      } else {
        IngestInput input;
        input.raw.bytes = std::move(*bytes);
        input.raw.name = kStdinName;
        importer.ImportBytes(std::move(input));
      }
      progress.Update(++done, importer.report());
    }
    const unsigned jobs = args.jobs > 0 ? args.jobs : DefaultJobs();
    skipped = importer.ImportFiles(expanded.files, jobs,
                                   [&] { progress.Update(++done, importer.report()); });
    importer.Flush();
  }  // the progress line is cleared before the summary

  const ImportReport& report = importer.report();
  PrintSummary(report, args.store.database, args.json, stdout);
  if (!report.store_error.empty()) {
    std::fprintf(stderr,
                 "corpusd: %s: %s; stopped: the last batch (%zu documents) was not stored and "
                 "%zu inputs were not read. What was stored before is whole; run the import "
                 "again once the corpus can be written.\n",
                 args.store.database.c_str(), report.store_error.c_str(), report.not_imported,
                 skipped);
    return 2;
  }
  return report.rejected.empty() ? 0 : 1;
}

}  // namespace corpusd
