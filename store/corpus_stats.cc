#include "store/corpus_stats.h"

#include <map>

namespace corpusd {
namespace {

std::string Text(const SqliteStatement& row, int column) {
  return row.ColumnText(column).value_or("");
}

// Rows of (name, count).
Status ReadCounted(CorpusReader& reader, std::string_view sql, Counted* out) {
  return reader.ForEachRow(sql, [out](const SqliteStatement& row) {
    out->emplace_back(Text(row, 0), row.ColumnInt64(1));
  });
}

}  // namespace

Result<CorpusStats> ReadCorpusStats(CorpusReader& reader) {
  CorpusStats stats;
  std::map<std::string, SourceStats> sources;
  auto source = [&sources](const std::string& name) -> SourceStats& {
    SourceStats& s = sources[name];
    s.source = name;
    return s;
  };

  Status s = reader.ForEachRow(
      "SELECT source, count(*), count(near_duplicate_of), sum(duplicates_seen),"
      " min(fetched_at), max(fetched_at), sum(length(CAST(text AS BLOB)))"
      " FROM documents GROUP BY source",
      [&](const SqliteStatement& row) {
        SourceStats& src = source(Text(row, 0));
        src.documents = row.ColumnInt64(1);
        src.near_duplicates = row.ColumnInt64(2);
        src.duplicates = row.ColumnInt64(3);
        src.first_added = Text(row, 4);
        src.last_added = Text(row, 5);
        stats.text_bytes += row.ColumnInt64(6);
      });
  if (s.ok()) {
    s = reader.ForEachRow(
        "SELECT source, count(*) FROM (SELECT source FROM seen_files WHERE outcome = 'rejected'"
        " UNION ALL SELECT source FROM seen_items WHERE outcome = 'rejected') GROUP BY source",
        [&](const SqliteStatement& row) { source(Text(row, 0)).rejected = row.ColumnInt64(1); });
  }
  if (s.ok()) {
    s = reader.ForEachRow(
        "SELECT count(*) FROM seen_items WHERE outcome = 'duplicate' AND reason = 'url'",
        [&](const SqliteStatement& row) { stats.url_duplicates = row.ColumnInt64(0); });
  }
  if (s.ok()) {
    s = reader.ForEachRow(
        "SELECT source, failures, ifnull(last_error, ''), ifnull(parked, '') FROM source_state",
        [&](const SqliteStatement& row) {
          SourceStats& src = source(Text(row, 0));
          src.failures_in_a_row = row.ColumnInt64(1);
          src.last_error = Text(row, 2);
          src.parked = Text(row, 3);
        });
  }
  if (s.ok()) {
    s = reader.ForEachRow(
        "SELECT substr(fetched_at, 1, 10) AS day, source, count(*) FROM documents"
        " GROUP BY day, source ORDER BY day, source",
        [&](const SqliteStatement& row) {
          stats.days.push_back({Text(row, 0), Text(row, 1), row.ColumnInt64(2)});
        });
  }
  if (s.ok()) {
    s = ReadCounted(reader,
                    "SELECT ifnull(language, ''), count(*) AS n FROM documents"
                    " GROUP BY 1 ORDER BY n DESC, 1",
                    &stats.languages);
  }
  if (s.ok()) {
    s = ReadCounted(reader,
                    "SELECT rule, count(*) AS n FROM removals GROUP BY rule ORDER BY n DESC, rule",
                    &stats.removals_by_rule);
  }
  if (s.ok()) {
    s = ReadCounted(reader,
                    "SELECT reason, count(*) AS n FROM ("
                    " SELECT reason FROM seen_files WHERE outcome = 'rejected'"
                    " UNION ALL SELECT reason FROM seen_items WHERE outcome = 'rejected')"
                    " GROUP BY reason ORDER BY n DESC, reason LIMIT 10",
                    &stats.rejection_reasons);
  }
  if (s.ok()) {
    s = ReadCounted(reader,
                    "SELECT ifnull(rules_version, ''), count(*) AS n FROM documents"
                    " GROUP BY 1 ORDER BY n DESC, 1",
                    &stats.rules_versions);
  }
  if (!s.ok()) return s;

  for (auto& [name, src] : sources) {
    stats.documents += src.documents;
    stats.near_duplicates += src.near_duplicates;
    stats.duplicates += src.duplicates;
    stats.rejected += src.rejected;
    stats.sources.push_back(std::move(src));
  }
  return stats;
}

}  // namespace corpusd
