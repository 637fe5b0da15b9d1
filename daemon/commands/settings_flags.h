// The command-line flags that fill ImportSettings, shared by the subcommands
// that turn inputs into records (import, extract).
#pragma once

#include "config/settings.h"

namespace CLI {
class App;
}

namespace corpusd {

// --source, --max-size, --time-zone, --drop, --drop-regex.
void AddImportSettingsFlags(CLI::App& command, ImportSettings& settings);

}  // namespace corpusd
