// Sizes, with one meaning in the config file and on the command line:
// "512KiB", "64MiB", "1GiB", "10MB", "4096B", "64M".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace corpusd {

// A number and a unit: B; KiB, MiB, GiB, TiB (powers of 1024); KB, MB, GB,
// TB (powers of 1000, as the SI prefixes mean); K, M, G, T alone (powers of
// 1024, as dd, sort and most command-line tools read them). Units are
// case-sensitive; one space may separate them from the number. Fails for
// anything else, or a size that does not fit in 64 bits.
Result<std::uint64_t> ParseByteSize(std::string_view text);

// The same, and a bare number is bytes (command-line flags: `--max-size
// 1048576`; in the config file a bare TOML integer says the same).
Result<std::uint64_t> ParseByteSizeOrBytes(std::string_view text);

}  // namespace corpusd
