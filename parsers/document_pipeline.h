// The pure part of the pipeline, shared by `import`, `extract` and later the
// daemon: read bytes (RawInput) -> sniff -> decode -> parse (HTML or text) ->
// clean -> record. No I/O, no clock: the caller sets `fetched_at` and stores.
#pragma once

#include "core/record.h"
#include "core/status.h"

namespace corpusd {

// The record for one input, or why there is none (empty, binary, no text).
// `fetched_at` is left empty for the caller.
Result<Record> BuildRecord(const RawInput& input);

}  // namespace corpusd
