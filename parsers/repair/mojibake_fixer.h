// Undoing mojibake: text that was UTF-8, decoded as a legacy single-byte
// charset (once or several times over), is encoded back into that charset
// and decoded as UTF-8 again, layer by layer, while it looks bad and the
// repair makes it look better. Text that does not look bad (see
// mojibake_badness.h) is never touched. When the whole text does not
// re-decode (good text mixed with mojibake), the runs that look like UTF-8
// bytes are repaired one by one. Pure and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace corpusd::mojibake {

// Returns the repaired text, and adds to `repairs` one "mojibake:CHARSET"
// count per layer or run undone ("mojibake:c1-controls" counts C1 controls
// read as the windows-1252 characters they stood for).
std::u32string FixMojibake(std::u32string text, std::vector<Repair>* repairs);

// Adds `count` to the repair of that kind, or appends it.
void AddRepair(std::vector<Repair>* repairs, std::string_view kind, std::size_t count);

}  // namespace corpusd::mojibake
