// The daemon's log: one line per event on standard error. To the journal
// (JOURNAL_STREAM names standard error), a line is led by its syslog priority
// ("<3>" error, "<4>" warning, "<6>" info, "<7>" debug), which journald turns
// into the entry's priority and stamps; elsewhere by the UTC time and the
// level in words ("2024-03-05T10:00:00.123Z warning: ..."). Lines below the
// level set are dropped. Safe to call from any thread (one write per line).
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
