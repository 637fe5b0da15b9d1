#include "daemon/commands/export_shards.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

#include "core/file_system.h"

namespace corpusd {
namespace {

namespace fs = std::filesystem;

// "corpus-00012.jsonl.gz"
std::string ShardName(const std::string& prefix, std::size_t index) {
  char number[16];
  std::snprintf(number, sizeof number, "%05zu", index);
  return prefix + "-" + number + ".jsonl.gz";
}

void Count(nlohmann::ordered_json& counts, std::string_view key) {
  const std::string k = key.empty() ? "(none)" : std::string(key);
  counts[k] = counts.value(k, std::int64_t{0}) + 1;
}

}  // namespace

Result<std::unique_ptr<ShardWriter>> ShardWriter::Open(const std::string& dir,
                                                       const std::string& prefix,
                                                       std::uint64_t shard_bytes,
                                                       nlohmann::ordered_json filters,
                                                       const std::string& now) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError(dir + ": " + ec.message());
  std::unique_ptr<ShardWriter> w(new ShardWriter());
  w->dir_ = dir;
  w->prefix_ = prefix;
  w->shard_bytes_ = shard_bytes;
  const std::string manifest = w->manifest_path();
  if (fs::exists(manifest, ec)) {
    std::ifstream in(manifest);
    std::stringstream text;
    text << in.rdbuf();
    w->manifest_ = nlohmann::ordered_json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
    if (w->manifest_.is_discarded() || !w->manifest_.is_object() ||
        !w->manifest_.contains("shards")) {
      return Status::InvalidInput(manifest + ": not a corpusd export manifest");
    }
    w->last_id_ = w->manifest_.value("last_id", std::int64_t{0});
  } else {
    w->manifest_ = {{"format", "jsonl.gz (Dolma: id, text, source, added, created, metadata)"},
                    {"documents", 0},
                    {"last_id", 0},
                    {"last_added", nullptr},
                    {"sources", nlohmann::ordered_json::object()},
                    {"languages", nlohmann::ordered_json::object()},
                    {"rules_versions", nlohmann::ordered_json::object()},
                    {"shards", nlohmann::ordered_json::array()},
                    {"runs", nlohmann::ordered_json::array()}};
  }
  w->run_ = {{"at", now}, {"filters", std::move(filters)}, {"documents", 0}, {"shards", 0}};
  return w;
}

Status ShardWriter::Add(std::string_view line, const Facts& facts) {
  if (shard_ && shard_->bytes_in() > 0 && shard_->bytes_in() + line.size() > shard_bytes_) {
    if (Status s = CloseShard(); !s.ok()) return s;
  }
  if (!shard_) {
    // Numbered after every shard the folder already has, from earlier runs.
    std::size_t index = manifest_["shards"].size();
    std::error_code ec;
    while (fs::exists(dir_ + "/" + ShardName(prefix_, index), ec)) ++index;
    const std::string name = ShardName(prefix_, index);
    Result<std::unique_ptr<GzipFile>> file = GzipFile::Create(dir_ + "/" + name);
    if (!file.ok()) return file.status();
    shard_ = std::move(*file);
    shard_entry_ = {{"file", name},
                    {"documents", 0},
                    {"bytes", 0},
                    {"first_id", facts.id},
                    {"last_id", facts.id}};
  }
  if (Status s = shard_->Write(line); !s.ok()) return s;
  shard_entry_["documents"] = shard_entry_["documents"].get<std::int64_t>() + 1;
  shard_entry_["last_id"] = facts.id;
  last_id_ = facts.id;
  manifest_["last_id"] = facts.id;
  manifest_["last_added"] = std::string(facts.added);
  manifest_["documents"] = manifest_["documents"].get<std::int64_t>() + 1;
  Count(manifest_["sources"], facts.source);
  Count(manifest_["languages"], facts.language);
  Count(manifest_["rules_versions"], facts.rules_version);
  ++run_documents_;
  return Status::Ok();
}

Status ShardWriter::CloseShard() {
  if (!shard_) return Status::Ok();
  shard_entry_["bytes"] = shard_->bytes_in();
  Status s = shard_->Close();
  shard_.reset();
  if (!s.ok()) return s;
  manifest_["shards"].push_back(std::move(shard_entry_));
  ++run_shards_;
  return Status::Ok();
}

Status ShardWriter::Finish() {
  if (Status s = CloseShard(); !s.ok()) return s;
  run_["documents"] = run_documents_;
  run_["shards"] = run_shards_;
  manifest_["runs"].push_back(run_);
  return ReplaceFile(
      manifest_path(),
      manifest_.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

}  // namespace corpusd
