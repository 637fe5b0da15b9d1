// Sizes in the config file: "512KiB", "64MiB", "1GiB", "10MB", "4096B".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

// A number and a unit: B; KiB, MiB, GiB, TiB (powers of 1024); KB, MB, GB,
// TB (powers of 1000). Units are case-sensitive; one space may separate
// them from the number. Fails for anything else, or a size that does not
// fit in 64 bits.
Result<std::uint64_t> ParseByteSize(std::string_view text);

}  // namespace corpusd
