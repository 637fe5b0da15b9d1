// `export --output DIR`: the corpus as gzip-compressed JSON Lines shards,
// DIR/<prefix>-00000.jsonl.gz, -00001, ... of at most `shard_bytes`
// uncompressed each (the Dolma layout, which dolma, datatrove, Spark and
// DuckDB read directly), and DIR/manifest.json: counts per shard, source,
// language and rules version, the last document's id and `added` time, and
// each run's filters. A second run into the same folder continues after the
// manifest's last document, in new shards.
#pragma once

#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/status.h"
#include "daemon/commands/gzip_file.h"

namespace corpusd {

class ShardWriter {
 public:
  // Creates `dir` if needed and reads its manifest, if any. `filters` is
  // recorded with the run.
  static Result<std::unique_ptr<ShardWriter>> Open(const std::string& dir,
                                                   const std::string& prefix,
                                                   std::uint64_t shard_bytes,
                                                   nlohmann::ordered_json filters,
                                                   const std::string& now);

  // Documents up to this id were exported by an earlier run (0: none).
  std::int64_t resume_after_id() const { return last_id_; }

  // One document's JSON line (with its line break) and what the manifest counts.
  struct Facts {
    std::int64_t id = 0;
    std::string_view added;
    std::string_view source;
    std::string_view language;
    std::string_view rules_version;
  };
  Status Add(std::string_view line, const Facts& facts);

  // Closes the last shard and writes the manifest (a temporary file renamed
  // over the old one, so a reader never sees half of it).
  Status Finish();

  std::int64_t documents_this_run() const { return run_documents_; }
  std::size_t shards_this_run() const { return run_shards_; }
  std::string manifest_path() const { return dir_ + "/manifest.json"; }

 private:
  ShardWriter() = default;
  Status CloseShard();

  std::string dir_;
  std::string prefix_;
  std::uint64_t shard_bytes_ = 0;
  nlohmann::ordered_json manifest_;
  nlohmann::ordered_json run_;
  std::unique_ptr<GzipFile> shard_;
  nlohmann::ordered_json shard_entry_;
  std::int64_t last_id_ = 0;
  std::int64_t run_documents_ = 0;
  std::size_t run_shards_ = 0;
};

}  // namespace corpusd
