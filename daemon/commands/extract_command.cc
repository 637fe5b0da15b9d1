#include "daemon/commands/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "core/clock.h"
#include "core/file_system.h"
#include "daemon/commands/record_json.h"
#include "daemon/commands/settings_flags.h"
#include "daemon/ingest/document_builder.h"
#include "daemon/ingest/source_pipeline.h"

namespace corpusd {

CLI::App* AddExtractCommand(CLI::App& app, ExtractArgs& args) {
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print the record that import would store for one document, without storing it");
  cmd->add_option("--format", args.format, "json: the whole record; text: only the clean text")
      ->check(CLI::IsMember({"json", "text"}))
      ->capture_default_str();
  cmd->add_option("--url", args.url, "The document's URL, recorded instead of its file:// URI");
  cmd->add_option("--content-type", args.content_type,
                  "The declared Content-Type, e.g. \"text/html; charset=windows-1251\"");
  AddImportSettingsFlags(*cmd, args.import);
  cmd->add_option("path", args.path, "A file, or - for standard input")->required();
  return cmd;
}

int RunExtract(const ExtractArgs& args) {
  RealFileSystem fs;
  const bool from_stdin = args.path == "-";
  const std::string name = from_stdin ? "standard input" : args.path;
  Result<std::string> bytes = from_stdin ? ReadAll(STDIN_FILENO, args.import.max_document_bytes)
                                         : fs.ReadFile(args.path, args.import.max_document_bytes);
  if (!bytes.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", name.c_str(), bytes.status().message().c_str());
    return 1;
  }
  IngestInput input;
  if (from_stdin) {
    input.raw.bytes = std::move(*bytes);
    input.raw.name = name;
  } else {
    input = FileInput(std::move(*bytes), args.path, fs.Absolute(args.path));
  }
  if (!args.url.empty()) input.raw.url = args.url;
  input.raw.content_type = args.content_type;
  input.raw.source = args.import.source;

  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  const auto now = SystemClock().Now();
  PipelineOptions options = SourcePipelineOptions(args.import, *rules, /*memory=*/nullptr);
  options.not_after = LatestPlausibleDay(now);
  Result<BuiltDocument> built = BuildIngested(input, options);
  if (!built.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", name.c_str(), built.status().message().c_str());
    return 1;
  }
  Record* record = &built->record;
  record->fetched_at = FormatUtcTimestamp(now);
  const std::string out =
      args.format == "text" ? record->text : RecordToJson(*record, std::nullopt);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace corpusd
