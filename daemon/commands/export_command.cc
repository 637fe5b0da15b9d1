#include "daemon/commands/export_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "store/corpus_reader.h"

namespace corpusd {
namespace {

nlohmann::ordered_json OrNull(const std::optional<std::string>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
}

// "2024-03-05" -> "2024-03-05T00:00:00Z": --since compares with fetched_at.
std::string SinceBound(std::string since) {
  if (since.size() == 10) since += "T00:00:00Z";
  return since;
}

}  // namespace

CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the corpus as JSON Lines ({id, text, source, added, created, metadata})");
  cmd->add_option("--db", args.database, "The corpus file")->capture_default_str();
  cmd->add_option("--since", args.since,
                  "Only documents added at or after this UTC time (2024-03-05 or "
                  "2024-03-05T10:00:00Z)");
  cmd->add_option("--source", args.source, "Only this source's documents");
  cmd->add_flag("--skip-near-duplicates", args.skip_near_duplicates,
                "Leave out documents marked as nearly repeating an earlier one");
  return cmd;
}

int RunExport(const ExportArgs& args) {
  Result<std::unique_ptr<CorpusReader>> reader = CorpusReader::Open(args.database);
  if (!reader.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.database.c_str(),
                 reader.status().message().c_str());
    return 2;
  }
  std::string line;
  Status s = (*reader)->ForEachDocument(
      {SinceBound(args.since), args.source, args.skip_near_duplicates},
      [&line](const StoredDocument& d) {
        nlohmann::ordered_json j;
        j["id"] = std::to_string(d.id);
        j["text"] = d.text;
        j["source"] = d.source;
        j["added"] = d.fetched_at;
        j["created"] = OrNull(d.published_at);
        nlohmann::ordered_json& m = j["metadata"];
        m["url"] = OrNull(d.url);
        m["title"] = OrNull(d.title);
        m["author"] = OrNull(d.author);
        m["language"] = OrNull(d.language);
        m["modified_at"] = OrNull(d.modified_at);
        m["dateline"] = OrNull(d.dateline);
        m["canonical_url"] = OrNull(d.canonical_url);
        m["site_name"] = OrNull(d.site_name);
        m["description"] = OrNull(d.description);
        m["content_hash"] = d.content_hash;
        m["content_type"] = d.content_type;
        m["encoding"] = d.encoding;
        m["extraction"] = OrNull(d.extraction);
        m["near_duplicate_of"] = d.near_duplicate_of != 0
                                     ? nlohmann::ordered_json(std::to_string(d.near_duplicate_of))
                                     : nlohmann::ordered_json();
        m["rules_version"] = OrNull(d.rules_version);
        line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        line.push_back('\n');
        return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
      });
  if (!s.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", args.database.c_str(), s.message().c_str());
    return 2;
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}

}  // namespace corpusd
