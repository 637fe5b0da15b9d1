#include "daemon/ingest/document_builder.h"

#include <utility>

#include "store/compression.h"

namespace corpusd {

void MergeOutsideMetadata(const OutsideMetadata& outside, Record* record) {
  if (!record->url && !outside.url.empty()) record->url = outside.url;
  if (!record->title && !outside.title.empty()) record->title = outside.title;
  if (!record->author && !outside.author.empty()) record->author = outside.author;
  if (!record->published_at && outside.published) record->published_at = outside.published->iso;
  CapMetadataFields(record);
}

Result<BuiltDocument> BuildIngested(const IngestInput& input, const PipelineOptions& options) {
  PipelineOptions with_kind = options;
  with_kind.html_fragment = input.html_fragment;
  Result<BuiltDocument> built = BuildDocument(input.raw, with_kind);
  if (built.ok()) {
    MergeOutsideMetadata(input.outside, &built->record);
    if (input.summary_only) built->record.extraction = "summary";
  }
  return built;
}

PackedRaw PackRaw(std::string raw) {
  PackedRaw out;
  out.size = raw.size();
  if (Result<std::string> packed = ZstdCompress(raw); packed.ok()) {
    out.zstd = std::move(*packed);
  } else {
    out.bytes = std::move(raw);
  }
  return out;
}

PendingDocument BatchEntry(BuiltDocument built, PackedRaw raw, const std::string& fetched_at,
                           EntryOrigin origin) {
  PendingDocument entry;
  entry.record = std::move(built.record);
  entry.record.fetched_at = fetched_at;
  entry.raw = std::move(raw.bytes);
  entry.raw_zstd = std::move(raw.zstd);
  entry.raw_size = raw.size;
  entry.line_fingerprints = std::move(built.line_fingerprints);
  entry.origin = std::move(origin.file);
  entry.item = std::move(origin.item);
  entry.handed_off = origin.handed_off;
  entry.minhash = std::move(built.minhash);
  return entry;
}

}  // namespace corpusd
