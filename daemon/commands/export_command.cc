#include "daemon/commands/export_command.h"

#include <CLI/CLI.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

#include "config/byte_size.h"
#include "core/clock.h"
#include "daemon/commands/export_shards.h"
#include "store/corpus_reader.h"

namespace corpusd {
namespace {

nlohmann::ordered_json OrNull(const std::optional<std::string>& v) {
  return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
}

// --since or --until (`flag`, for the message) as the UTC timestamp that fetched_at is compared
// with
// ("YYYY-MM-DDTHH:MM:SSZ"): a day ("2024-03-05", its start), a time in UTC or
// with an offset ("2024-03-05T10:00:00Z", "2024-03-05T12:00+02:00"), or a span
// back from now ("7d", "24h", "90m", "2w"). Anything else is refused.
Result<std::string> TimeBound(std::string_view flag, const std::string& since) {
  if (since.empty()) return since;
  const std::string expected =
      std::string(flag) +
      ": expected a day (2024-03-05), a time (2024-03-05T10:00:00Z, "
      "2024-03-05T12:00+02:00) or a span back from now (7d, 24h, 90m, 2w), found \"" +
      since + "\"";
  // A span: digits, then one unit.
  if (since.size() >= 2 && std::isdigit(static_cast<unsigned char>(since[0]))) {
    std::size_t i = 0;
    long long n = 0;
    while (i < since.size() && std::isdigit(static_cast<unsigned char>(since[i])) && n < 1000000) {
      n = n * 10 + (since[i++] - '0');
    }
    const std::string unit = since.substr(i);
    long long seconds_per = 0;
    if (unit == "s") seconds_per = 1;
    if (unit == "m") seconds_per = 60;
    if (unit == "h") seconds_per = 3600;
    if (unit == "d") seconds_per = 86400;
    if (unit == "w") seconds_per = 7 * 86400;
    if (seconds_per > 0 && i > 0) {
      return FormatUtcTimestamp(std::chrono::system_clock::now() -
                                std::chrono::seconds(n * seconds_per));
    }
  }
  // A day, or a time: YYYY-MM-DD[(T| )HH:MM[:SS][.fraction][Z|(+|-)HH:MM]].
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
  int consumed = 0;
  if (std::sscanf(since.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 || consumed != 10 ||
      mo < 1 || mo > 12 || d < 1 || d > 31) {
    return Status::InvalidInput(expected);
  }
  std::string rest = since.substr(10);
  long offset_seconds = 0;
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != ' ') return Status::InvalidInput(expected);
    int used = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &h, &mi, &used) != 2 || used != 5 || h > 23 ||
        mi > 59) {
      return Status::InvalidInput(expected);
    }
    rest = rest.substr(6);
    if (rest.size() >= 3 && rest[0] == ':') {
      if (std::sscanf(rest.c_str() + 1, "%2d%n", &sec, &used) != 1 || used != 2 || sec > 60) {
        return Status::InvalidInput(expected);
      }
      rest = rest.substr(3);
      if (!rest.empty() && rest[0] == '.') {  // a fraction: whole seconds are kept
        std::size_t k = 1;
        while (k < rest.size() && std::isdigit(static_cast<unsigned char>(rest[k]))) ++k;
        if (k == 1) return Status::InvalidInput(expected);
        rest = rest.substr(k);
      }
    }
    if (rest == "Z" || rest.empty()) {
      // UTC; a time without a zone is taken as UTC, as fetched_at is.
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
      int oh = 0, om = 0;
      if (std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) != 2 || oh > 23 || om > 59) {
        return Status::InvalidInput(expected);
      }
      offset_seconds = (rest[0] == '+' ? 1 : -1) * (oh * 3600L + om * 60L);
    } else {
      return Status::InvalidInput(expected);
    }
  }
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = sec;
  const std::time_t local = timegm(&tm);
  std::tm check{};
  gmtime_r(&local, &check);
  if (check.tm_mday != d) return Status::InvalidInput(expected + " (no such day)");
  // Formatted from time_t, not a clock's time point: a far day (2999) is fine.
  const std::time_t utc = local - offset_seconds;
  std::tm out{};
  gmtime_r(&utc, &out);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", out.tm_year + 1900,
                out.tm_mon + 1, out.tm_mday, out.tm_hour, out.tm_min, out.tm_sec);
  return std::string(buf);
}

// One document as a Dolma-shaped JSON line, with its line break.
std::string DocumentJsonLine(const StoredDocument& d) {
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
  std::string line = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  line.push_back('\n');
  return line;
}

}  // namespace

CLI::App* AddExportCommand(CLI::App& app, ExportArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "export", "Write the corpus as JSON Lines ({id, text, source, added, created, metadata})");
  AddCorpusChoiceFlags(*cmd, args.corpus);
  cmd->add_option("--since", args.since,
                  "Only documents added at or after this time: a day (2024-03-05), a time "
                  "(2024-03-05T10:00:00Z, 2024-03-05T12:00+02:00) or a span back from now "
                  "(7d, 24h, 90m, 2w)");
  cmd->add_option("--until", args.until,
                  "Only documents added before this time (the same forms as --since)");
  cmd->add_option("--source", args.sources, "Only this source's documents; repeatable");
  cmd->add_option("--language", args.languages,
                  "Only documents in this language (as detected: en, de, hu, ...); repeatable");
  cmd->add_option("--min-chars", args.min_chars, "Only texts of at least this many characters")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--skip-near-duplicates", args.skip_near_duplicates,
                "Leave out documents marked as nearly repeating an earlier one");
  cmd->add_option("--output", args.output,
                  "Write gzip-compressed JSON Lines shards (<source or corpus>-00000.jsonl.gz, "
                  "...) and manifest.json into this folder instead of standard output; a "
                  "second run into it continues after its last document");
  cmd->add_option_function<std::string>(
         "--shard-size",
         [&args](const std::string& text) {
           Result<std::uint64_t> size = ParseByteSizeOrBytes(text);
           if (!size.ok() || *size == 0) {
             throw CLI::ValidationError(
                 "--shard-size", size.ok() ? "must be more than 0" : size.status().message());
           }
           args.shard_bytes = *size;
         },
         "Uncompressed JSON per shard, at most: 1GiB, 256MiB (powers of 1024), 500MB (of 1000) "
         "or bytes")
      ->default_str("1GiB");
  return cmd;
}

int RunExport(const ExportArgs& args) {
  const Result<std::string> since = TimeBound("--since", args.since);
  const Result<std::string> until = TimeBound("--until", args.until);
  for (const Result<std::string>* bound : {&since, &until}) {
    if (!bound->ok()) {
      std::fprintf(stderr, "corpusd: %s\n", bound->status().message().c_str());
      return 2;
    }
  }
  Result<std::string> database = ChosenCorpus(args.corpus, /*must_exist=*/true);
  if (!database.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", database.status().message().c_str());
    return 2;
  }
  Result<std::unique_ptr<CorpusReader>> reader = CorpusReader::Open(*database);
  if (!reader.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", database->c_str(), reader.status().message().c_str());
    return 2;
  }
  DocumentFilter filter;
  filter.since = *since;
  filter.until = *until;
  filter.sources = args.sources;
  filter.languages = args.languages;
  filter.min_chars = args.min_chars;
  filter.skip_near_duplicates = args.skip_near_duplicates;

  std::unique_ptr<ShardWriter> shards;
  if (!args.output.empty()) {
    nlohmann::ordered_json filters = {
        {"since", args.since},         {"until", args.until},
        {"sources", args.sources},     {"languages", args.languages},
        {"min_chars", args.min_chars}, {"skip_near_duplicates", args.skip_near_duplicates}};
    const std::string prefix = args.sources.size() == 1 ? args.sources.front() : "corpus";
    Result<std::unique_ptr<ShardWriter>> opened =
        ShardWriter::Open(args.output, prefix, args.shard_bytes, std::move(filters),
                          FormatUtcTimestamp(std::chrono::system_clock::now()));
    if (!opened.ok()) {
      std::fprintf(stderr, "corpusd: %s\n", opened.status().message().c_str());
      return 2;
    }
    shards = std::move(*opened);
    filter.after_id = shards->resume_after_id();  // a second run continues the first
  }

  std::string line;
  Status written;
  Status s = (*reader)->ForEachDocument(filter, [&](const StoredDocument& d) {
    line = DocumentJsonLine(d);
    if (!shards) return std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
    written = shards->Add(line, {d.id, d.fetched_at, d.source, d.language.value_or(""),
                                 d.rules_version.value_or("")});
    return written.ok();
  });
  if (s.ok()) s = written;
  if (s.ok() && shards) s = shards->Finish();
  if (!s.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", database->c_str(), s.message().c_str());
    return 2;
  }
  if (shards) {
    std::printf("%lld documents in %zu new shards; %s\n",
                static_cast<long long>(shards->documents_this_run()), shards->shards_this_run(),
                shards->manifest_path().c_str());
  }
  return std::fflush(stdout) == 0 ? 0 : 2;
}

}  // namespace corpusd
