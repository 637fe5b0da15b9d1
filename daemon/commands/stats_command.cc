#include "daemon/commands/stats_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

#include "store/corpus_stats.h"

namespace corpusd {
namespace {

using nlohmann::ordered_json;

ordered_json CountedJson(const Counted& counted) {
  ordered_json j = ordered_json::object();
  for (const auto& [name, n] : counted) j[name] = n;
  return j;
}

ordered_json StatsJson(const CorpusStats& st) {
  ordered_json j;
  j["documents"] = st.documents;
  j["text_bytes"] = st.text_bytes;
  j["duplicates"] = {
      {"exact", st.duplicates}, {"by_url", st.url_duplicates}, {"near", st.near_duplicates}};
  j["rejected"] = st.rejected;
  ordered_json& sources = j["sources"] = ordered_json::array();
  for (const SourceStats& s : st.sources) {
    sources.push_back({{"source", s.source},
                       {"documents", s.documents},
                       {"near_duplicates", s.near_duplicates},
                       {"duplicates", s.duplicates},
                       {"rejected", s.rejected},
                       {"first_added", s.first_added},
                       {"last_added", s.last_added},
                       {"failures_in_a_row", s.failures_in_a_row},
                       {"last_error", s.last_error},
                       {"parked", s.parked}});
  }
  ordered_json& days = j["days"] = ordered_json::array();
  for (const DayStats& d : st.days) {
    days.push_back({{"day", d.day}, {"source", d.source}, {"documents", d.documents}});
  }
  j["languages"] = CountedJson(st.languages);
  j["removals_by_rule"] = CountedJson(st.removals_by_rule);
  j["rejection_reasons"] = CountedJson(st.rejection_reasons);
  j["rules_versions"] = CountedJson(st.rules_versions);
  return j;
}

void PrintCounted(const char* title, const Counted& counted, const char* empty_name) {
  if (counted.empty()) return;
  std::printf("\n%s:\n", title);
  for (const auto& [name, n] : counted) {
    std::printf("  %8lld  %s\n", static_cast<long long>(n),
                name.empty() ? empty_name : name.c_str());
  }
}

void PrintText(const std::string& db, const CorpusStats& st, int days) {
  std::printf("%s: %lld documents, %.1f MB of text\n", db.c_str(),
              static_cast<long long>(st.documents), static_cast<double>(st.text_bytes) / 1e6);
  std::printf(
      "duplicates: %lld exact met and not stored again, %lld feed items known by URL, "
      "%lld near-duplicates stored and marked\n",
      static_cast<long long>(st.duplicates), static_cast<long long>(st.url_duplicates),
      static_cast<long long>(st.near_duplicates));
  std::printf("rejected: %lld files and feed items\n", static_cast<long long>(st.rejected));

  if (!st.sources.empty()) {
    std::printf("\n%-20s %9s %9s %9s %9s  %-20s  %s\n", "source", "documents", "near-dup",
                "dup met", "rejected", "last added", "state");
    for (const SourceStats& s : st.sources) {
      std::string state = "ok";
      if (!s.parked.empty()) {
        state = "parked: " + s.parked;
      } else if (s.failures_in_a_row > 0) {
        state = std::to_string(s.failures_in_a_row) + " failures in a row: " + s.last_error;
      }
      std::printf("%-20s %9lld %9lld %9lld %9lld  %-20s  %s\n", s.source.c_str(),
                  static_cast<long long>(s.documents), static_cast<long long>(s.near_duplicates),
                  static_cast<long long>(s.duplicates), static_cast<long long>(s.rejected),
                  s.last_added.c_str(), state.c_str());
    }
  }

  std::map<std::string, std::int64_t> per_day;
  for (const DayStats& d : st.days) per_day[d.day] += d.documents;
  if (!per_day.empty()) {
    std::printf("\ndocuments added per day (the last %d days with any):\n", days);
    auto it = per_day.begin();
    if (per_day.size() > static_cast<std::size_t>(days)) std::advance(it, per_day.size() - days);
    for (; it != per_day.end(); ++it) {
      std::printf("  %s  %8lld\n", it->first.c_str(), static_cast<long long>(it->second));
    }
  }
  PrintCounted("languages", st.languages, "(not detected)");
  PrintCounted("boilerplate removed, by rule", st.removals_by_rule, "");
  PrintCounted("rejections, commonest reasons", st.rejection_reasons, "(no reason)");
  PrintCounted("cleaning rules versions", st.rules_versions, "(before versions were recorded)");
}

}  // namespace

CLI::App* AddStatsCommand(CLI::App& app, StatsArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "stats",
      "Summarize the corpus: documents per source and day, languages, duplicates, removed "
      "boilerplate by rule, failures");
  AddCorpusChoiceFlags(*cmd, args.corpus);
  cmd->add_flag("--json", args.json, "Print one JSON object (every day included)");
  cmd->add_option("--days", args.days, "Days shown in the text summary")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  return cmd;
}

int RunStats(const StatsArgs& args) {
  Result<std::string> database = ChosenCorpus(args.corpus, /*must_exist=*/true);
  if (!database.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", database.status().message().c_str());
    return 2;
  }
  Result<std::unique_ptr<CorpusReader>> reader = CorpusReader::Open(*database);
  Result<CorpusStats> stats = reader.ok() ? ReadCorpusStats(**reader) : reader.status();
  if (!stats.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", database->c_str(), stats.status().message().c_str());
    return 2;
  }
  if (args.json) {
    std::printf(
        "%s\n",
        StatsJson(*stats).dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
  } else {
    PrintText(*database, *stats, args.days);
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}

}  // namespace corpusd
