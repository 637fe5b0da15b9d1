#include "daemon/commands/export_loader.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/content_hash.h"
#include "daemon/commands/gzip_file.h"
#include "parsers/text/text_key.h"

namespace corpusd {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBatch = 256;
constexpr std::size_t kMaxLineBytes = std::size_t{1} << 30;  // one record

bool IsShardName(const std::string& name) {
  return name.ends_with(".jsonl.gz") || name.ends_with(".jsonl");
}

std::optional<std::string> OptionalString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// One export line as a document to append, or why it is not one.
Result<PendingDocument> FromLine(std::string_view line) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput("not a JSON object");
  const std::optional<std::string> text = OptionalString(j, "text");
  const std::optional<std::string> source = OptionalString(j, "source");
  const std::optional<std::string> added = OptionalString(j, "added");
  if (!text || text->empty()) return Status::InvalidInput("no \"text\"");
  if (!source || source->empty()) return Status::InvalidInput("no \"source\"");
  if (!added || !ParseUtcTimestamp(*added)) {
    return Status::InvalidInput("no \"added\" time (an ISO 8601 UTC timestamp)");
  }
  static const nlohmann::json kNoMetadata = nlohmann::json::object();
  auto found = j.find("metadata");
  const nlohmann::json& m = found != j.end() && found->is_object() ? *found : kNoMetadata;

  PendingDocument doc;
  Record& r = doc.record;
  r.source = *source;
  r.text = *text;
  r.fetched_at = *added;
  r.published_at = OptionalString(j, "created");
  r.url = OptionalString(m, "url");
  r.title = OptionalString(m, "title");
  r.author = OptionalString(m, "author");
  r.language = OptionalString(m, "language");
  r.modified_at = OptionalString(m, "modified_at");
  r.dateline = OptionalString(m, "dateline");
  r.canonical_url = OptionalString(m, "canonical_url");
  r.site_name = OptionalString(m, "site_name");
  r.description = OptionalString(m, "description");
  r.content_type = OptionalString(m, "content_type").value_or("text/plain");
  r.encoding = OptionalString(m, "encoding").value_or("UTF-8");
  r.extraction = OptionalString(m, "extraction").value_or("text");
  r.rules_version = OptionalString(m, "rules_version").value_or("");
  // Computed again, not trusted: the hash and keys are what duplicates are
  // judged by.
  r.content_hash = Sha256Hex(r.text);
  TextKeys keys = KeysOf(r.text);
  r.text_key_hash = std::move(keys.key_hash);
  doc.minhash = std::move(keys.minhash);
  doc.raw = r.text;
  return doc;
}

}  // namespace

bool IsExportOutput(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return true;
  return IsShardName(fs::path(path).filename().string());
}

Result<LoadReport> LoadExport(const std::string& path, Corpus& corpus,
                              const std::function<void(const LoadReport&)>& progress) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.is_regular_file() && IsShardName(entry.path().filename().string())) {
        files.push_back(entry.path().string());
      }
    }
    if (ec) return Status::IoError(path + ": " + ec.message());
    std::sort(files.begin(), files.end());
    if (files.empty()) return Status::NotFound(path + ": no .jsonl.gz or .jsonl files");
  } else {
    files.push_back(path);
  }
  LoadReport report;
  std::vector<PendingDocument> batch;
  auto flush = [&]() -> Status {
    if (batch.empty()) return Status::Ok();
    Result<std::vector<AppendOutcome>> outcomes = corpus.AppendBatch(batch);
    if (!outcomes.ok()) return outcomes.status();
    for (const AppendOutcome& o : *outcomes) ++(o.duplicate ? report.duplicates : report.stored);
    batch.clear();
    if (progress) progress(report);
    return Status::Ok();
  };
  for (const std::string& file : files) {
    const std::string name = fs::path(file).filename().string();
    Status s = GzipFile::ForEachLine(
        file, kMaxLineBytes, [&](std::string_view line, std::size_t number) -> Status {
          if (line.find_first_not_of(" \t\r") == std::string_view::npos) return Status::Ok();
          ++report.lines;
          Result<PendingDocument> doc = FromLine(line);
          if (!doc.ok()) {
            report.refused.push_back(name + ":" + std::to_string(number) + ": " +
                                     doc.status().message());
            return Status::Ok();
          }
          batch.push_back(std::move(*doc));
          return batch.size() >= kBatch ? flush() : Status::Ok();
        });
    if (s.code() == Status::Code::kCorruption) {  // a shard cut short: its whole lines load
      std::string reason = s.message();
      if (reason.starts_with(file + ": ")) reason.erase(0, file.size() + 2);  // named below
      report.refused.push_back(name + ": " + reason);
      continue;
    }
    if (!s.ok()) return s;
  }
  if (Status s = flush(); !s.ok()) return s;
  return report;
}

}  // namespace corpusd
