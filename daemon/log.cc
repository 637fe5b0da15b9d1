#include "daemon/log.h"

#include <unistd.h>

#include <atomic>
#include <string>

namespace corpusd {
namespace {

std::atomic<LogLevel> g_level{LogLevel::kInfo};

char Priority(LogLevel level) {
  switch (level) {
    case LogLevel::kError:
      return '3';
    case LogLevel::kWarning:
      return '4';
    case LogLevel::kInfo:
      return '6';
    case LogLevel::kDebug:
      return '7';
  }
  return '6';
}

}  // namespace

void SetLogLevel(LogLevel level) { g_level.store(level); }

void Log(LogLevel level, std::string_view message) {
  if (static_cast<int>(level) > static_cast<int>(g_level.load())) return;
  std::string line = {'<', Priority(level), '>'};
  for (char c : message) line.push_back(c == '\n' ? ' ' : c);  // one entry per event
  line.push_back('\n');
  std::string_view rest = line;
  while (!rest.empty()) {
    const ssize_t n = ::write(STDERR_FILENO, rest.data(), rest.size());
    if (n <= 0) return;  // nowhere to log to: never let logging stop the daemon
    rest.remove_prefix(static_cast<std::size_t>(n));
  }
}

}  // namespace corpusd
