#include "daemon/commands/fix_text_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/repair/text_fixer.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// The line with each ill-formed sequence replaced by U+FFFD (one per
// maximal subpart, as the decoder does).
std::string ReplaceInvalidUtf8(std::string_view line) {
  bool valid = true;
  utf8::ForEachNonAscii(line, [&](std::size_t, int length) {
    valid = length > 0;
    return valid;
  });
  if (valid) return std::string(line);
  std::string out;
  out.reserve(line.size() + 8);
  for (std::size_t pos = 0, length = 0; pos < line.size(); pos += length) {
    utf8::Append(out, utf8::DecodeAt(line, pos, length));
  }
  return out;
}

void ReportRepairs(std::size_t line_number, const std::vector<Repair>& repairs) {
  nlohmann::ordered_json report;
  report["line"] = line_number;
  report["repairs"] = nlohmann::json::array();
  for (const Repair& repair : repairs) {
    report["repairs"].push_back({{"kind", repair.kind}, {"count", repair.count}});
  }
  const std::string out = report.dump() + "\n";
  std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace

CLI::App* AddFixTextCommand(CLI::App& app, FixTextArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "fix-text", "Repair mojibake and HTML entities in text, line by line, as a filter");
  cmd->add_flag("--repairs", args.repairs,
                "Report the repairs of each changed line, and each line that looked like "
                "mojibake but was left alone, as JSON on standard error");
  cmd->add_option("path", args.path, "A file, or - for standard input")->capture_default_str();
  return cmd;
}

int RunFixText(const FixTextArgs& args) {
  const bool from_stdin = args.path == "-";
  const std::string name = from_stdin ? "standard input" : args.path;
  std::unique_ptr<std::FILE, FileCloser> owned;
  std::FILE* in = stdin;
  if (!from_stdin) {
    owned.reset(std::fopen(args.path.c_str(), "rb"));
    if (owned == nullptr) {
      std::fprintf(stderr, "corpusd: %s: %s\n", name.c_str(), std::strerror(errno));
      return 1;
    }
    in = owned.get();
  }

  char* raw_line = nullptr;
  std::size_t capacity = 0;
  std::size_t line_number = 0;
  ssize_t read;
  while ((read = getline(&raw_line, &capacity, in)) >= 0) {
    ++line_number;
    std::string_view line(raw_line, static_cast<std::size_t>(read));
    const bool ended = line.ends_with('\n');
    if (ended) line.remove_suffix(1);
    if (ended && line.ends_with('\r')) line.remove_suffix(1);
    FixedText fixed = FixText(ReplaceInvalidUtf8(line));
    if (ended) fixed.text.push_back('\n');
    std::fwrite(fixed.text.data(), 1, fixed.text.size(), stdout);
    if (fixed.left_alone) fixed.repairs.push_back({"mojibake:left-alone", 1});
    if (args.repairs && !fixed.repairs.empty()) ReportRepairs(line_number, fixed.repairs);
  }
  std::free(raw_line);
  if (std::ferror(in)) {
    std::fprintf(stderr, "corpusd: %s: %s\n", name.c_str(), std::strerror(errno));
    return 1;
  }
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "corpusd: writing standard output: %s\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace corpusd
