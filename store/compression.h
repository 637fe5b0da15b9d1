// Compression of the raw input kept beside each record: the one wrapper
// around libzstd (only compression.cc includes zstd.h). zstd because it
// compresses HTML about as well as gzip -9 at many times the speed, and
// readers can decompress a stored blob with the `zstd` tool or Python's
// `zstandard`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

// One zstd frame holding `bytes`, with its size recorded in the header.
Result<std::string> ZstdCompress(std::string_view bytes, int level = 3);

// The bytes of one zstd frame; refuses frames that would exceed `max_size`.
Result<std::string> ZstdDecompress(std::string_view frame, std::size_t max_size);

}  // namespace corpusd
