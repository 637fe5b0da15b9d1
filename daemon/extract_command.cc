#include "daemon/extract_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "core/clock.h"
#include "daemon/file_system.h"
#include "daemon/file_uri.h"
#include "daemon/record_json.h"
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
  cmd->add_option("--source", args.import.source, "Source name recorded with the document")
      ->capture_default_str();
  cmd->add_option("--max-size", args.import.max_document_bytes, "Refuse larger inputs")
      ->transform(CLI::AsSizeValue(false))
      ->default_str("64M");
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

  Result<Record> record = BuildRecord(input);
  if (!record.ok()) {
    std::fprintf(stderr, "corpusd: %s: %s\n", input.name.c_str(),
                 record.status().message().c_str());
    return 1;
  }
  record->fetched_at = FormatUtcTimestamp(SystemClock().Now());
  const std::string out =
      args.format == "text" ? record->text : RecordToJson(*record, std::nullopt);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace corpusd
