#include "daemon/log.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
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

const char* Word(LogLevel level) {
  switch (level) {
    case LogLevel::kError:
      return "error";
    case LogLevel::kWarning:
      return "warning";
    case LogLevel::kInfo:
      return "info";
    case LogLevel::kDebug:
      return "debug";
  }
  return "info";
}

// True when standard error is the journal's stream: systemd then sets
// JOURNAL_STREAM to its device and inode ("8:12345").
bool ToJournal() {
  const char* stream = std::getenv("JOURNAL_STREAM");
  if (stream == nullptr) return false;
  unsigned long long dev = 0, ino = 0;
  if (std::sscanf(stream, "%llu:%llu", &dev, &ino) != 2) return false;
  struct stat st {};
  if (::fstat(STDERR_FILENO, &st) != 0) return false;
  return static_cast<unsigned long long>(st.st_dev) == dev &&
         static_cast<unsigned long long>(st.st_ino) == ino;
}

// "2024-03-05T10:00:00.123Z": the time of the line, in UTC.
std::string Timestamp() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm utc{};
  ::gmtime_r(&seconds, &utc);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis));
  return buf;
}

}  // namespace

void SetLogLevel(LogLevel level) { g_level.store(level); }

void Log(LogLevel level, std::string_view message) {
  if (static_cast<int>(level) > static_cast<int>(g_level.load())) return;
  // The journal stamps its entries and reads the priority from "<N>"; a
  // terminal or a file gets the time and the level in words instead.
  static const bool journal = ToJournal();
  std::string line;
  if (journal) {
    line = {'<', Priority(level), '>'};
  } else {
    line = Timestamp() + " " + Word(level) + ": ";
  }
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
