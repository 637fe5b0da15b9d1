// Building a document and its batch entry: the one place outside parsers/
// that runs the pipeline (BuildDocument). Outside metadata fills what the
// document leaves empty and is capped like the document's own; the batch
// entry carries the raw bytes, the fingerprints and the origin to remember
// in the same transaction. Pure; safe to call from the worker pool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "daemon/ingest/ingest_input.h"
#include "parsers/document_pipeline.h"
#include "store/corpus.h"

namespace corpusd {

// The document for one input with `options` (source_pipeline.h); the
// input's `html_fragment` wins over the options'.
Result<BuiltDocument> BuildIngested(const IngestInput& input, const PipelineOptions& options);

// Fills the record's empty url, title, author and published_at from
// `outside`, then caps the metadata fields (CapMetadataFields).
void MergeOutsideMetadata(const OutsideMetadata& outside, Record* record);

// Where a batch entry came from, remembered with it: a drop-folder file, a
// feed item or sitemap URL, or neither (import).
struct EntryOrigin {
  std::optional<FileOrigin> file;
  std::optional<ItemOrigin> item;
  bool handed_off = false;  // the item was left for this node (PendingDocument::handed_off)
};

// A document's raw bytes as the corpus keeps them (zstd), packed on the
// worker that built the document, so that the one writer only writes; the
// bytes themselves are let go. When packing fails they are kept, and the
// store packs them (and reports the failure).
struct PackedRaw {
  std::string zstd;
  std::uint64_t size = 0;
  std::string bytes;  // only when packing failed
};
PackedRaw PackRaw(std::string raw);

// The store's entry for a built document, fetched at `fetched_at` (UTC).
PendingDocument BatchEntry(BuiltDocument built, PackedRaw raw, const std::string& fetched_at,
                           EntryOrigin origin = {});

}  // namespace corpusd
