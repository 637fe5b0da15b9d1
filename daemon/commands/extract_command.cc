#include "daemon/commands/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "core/clock.h"
#include "core/file_system.h"
#include "parsers/web/file_uri.h"
#include "daemon/commands/record_json.h"
#include "daemon/commands/settings_flags.h"
#include "parsers/document_pipeline.h"

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
  RawInput input;
  Result<std::string> bytes = args.path == "-"
                                  ? ReadAll(STDIN_FILENO, args.import.max_document_bytes)
                                  : fs.ReadFile(args.path, args.import.max_document_bytes);
  input.name = args.path == "-" ? "standard input" : args.path;
  if (!bytes.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", input.name.c_str(), bytes.status().message().c_str());
    return 1;
  }
  input.bytes = std::move(*bytes);
  input.content_type = args.content_type;
  input.source = args.import.source;
  input.url = !args.url.empty()  ? args.url
              : args.path == "-" ? ""
                                 : FileUri(fs.Absolute(args.path));

  Result<BoilerplateRules> rules = BoilerplateRules::Create(args.import.boilerplate);
  if (!rules.ok()) {
    std::fprintf(stderr, "corpusd: %s\n", rules.status().message().c_str());
    return 2;
  }
  PipelineOptions options;
  options.rules = &*rules;
  options.dates.time_zone = args.import.time_zone;
  Result<BuiltDocument> built = BuildDocument(input, options);
  if (!built.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", input.name.c_str(), built.status().message().c_str());
    return 1;
  }
  Record* record = &built->record;
  record->fetched_at = FormatUtcTimestamp(SystemClock().Now());
  const std::string out =
      args.format == "text" ? record->text : RecordToJson(*record, std::nullopt);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace corpusd
