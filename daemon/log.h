// The daemon's log: one line per event on standard error, led by its syslog
// priority ("<3>" error, "<4>" warning, "<6>" info, "<7>" debug), which
// journald turns into the entry's priority. Lines below the level set are
// dropped. Safe to call from any thread (one write per line).
#pragma once

#include <string_view>

#include "config/daemon_config.h"

namespace corpusd {

void SetLogLevel(LogLevel level);
void Log(LogLevel level, std::string_view message);

inline void LogError(std::string_view m) { Log(LogLevel::kError, m); }
inline void LogWarning(std::string_view m) { Log(LogLevel::kWarning, m); }
inline void LogInfo(std::string_view m) { Log(LogLevel::kInfo, m); }
inline void LogDebug(std::string_view m) { Log(LogLevel::kDebug, m); }

}  // namespace corpusd
