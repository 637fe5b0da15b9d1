// The detection chain and the hand-written UTF-8 paths (validation, and
// decoding with replacement); every other encoding goes through ICU.
#include "parsers/encodings/text_decoder.h"

#include <cstdint>
#include <cstring>
#include <optional>

#include "parsers/encodings/charset_detector.h"
#include "parsers/encodings/charset_labels.h"
#include "parsers/encodings/charset_prescan.h"
#include "parsers/encodings/icu_converter.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

constexpr std::string_view kUtf8 = "UTF-8";
constexpr std::string_view kWindows1252 = "windows-1252";
constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";  // U+FFFD

// What one pass over the bytes says about them as UTF-8.
struct Utf8Census {
  std::size_t multibyte = 0;  // well-formed sequences of 2-4 bytes
  std::size_t invalid = 0;    // ill-formed subparts, each worth one U+FFFD
};

Utf8Census TakeUtf8Census(std::string_view bytes) {
  Utf8Census census;
  utf8::ForEachNonAscii(bytes, [&](std::size_t, int length) {
    ++(length > 0 ? census.multibyte : census.invalid);
    return true;
  });
  return census;
}

// UTF-8 with every ill-formed subpart replaced by U+FFFD. Runs of valid bytes
// are copied in one piece, so valid input is copied as is.
DecodedText DecodeUtf8(std::string_view bytes, std::string_view decided_by) {
  DecodedText out;
  out.encoding = kUtf8;
  out.decided_by = decided_by;
  out.utf8.reserve(bytes.size());
  std::size_t run_start = 0;
  utf8::ForEachNonAscii(bytes, [&](std::size_t pos, int length) {
    if (length > 0) return true;
    out.utf8.append(bytes.substr(run_start, pos - run_start));
    out.utf8 += kReplacementUtf8;
    ++out.replaced;
    run_start = pos + static_cast<std::size_t>(-length);
    return true;
  });
  out.utf8.append(bytes.substr(run_start));
  return out;
}

// Decodes with a WHATWG encoding: UTF-8 by hand, anything else through ICU.
Result<DecodedText> DecodeAs(std::string_view bytes, std::string_view encoding,
                             std::string_view decided_by) {
  if (encoding == kUtf8) return DecodeUtf8(bytes, decided_by);
  Result<ConvertedText> converted = ConvertToUtf8(bytes, encoding);
  if (!converted.ok()) {
    return converted.status().WithContext("decoding as " + std::string(encoding));
  }
  DecodedText out;
  out.utf8 = std::move(converted->utf8);
  out.replaced = converted->replaced;
  out.encoding = encoding;
  out.decided_by = decided_by;
  return out;
}

struct Bom {
  std::string_view encoding;
  std::size_t length;
};

// The byte-order mark at the start, if any. UTF-32 marks are not in the
// WHATWG standard but files carry them; FF FE 00 00 is read as UTF-32LE
// rather than as UTF-16LE text starting with U+0000.
std::optional<Bom> SniffBom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return Bom{kUtf8, 3};
  if (bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return Bom{"UTF-32LE", 4};
  if (bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return Bom{"UTF-32BE", 4};
  if (bytes.starts_with("\xFE\xFF")) return Bom{"UTF-16BE", 2};
  if (bytes.starts_with("\xFF\xFE")) return Bom{"UTF-16LE", 2};
  return std::nullopt;
}

struct Choice {
  std::string_view encoding;
  std::string_view decided_by;
};

// The encoding the document declares about itself. A document whose
// declaration can be read as ASCII is not UTF-16, so a declared UTF-16 means
// UTF-8, and x-user-defined means windows-1252 (both as the HTML spec says).
std::optional<Choice> InDocumentDeclaration(std::string_view bytes, bool html) {
  std::optional<std::string> label;
  std::string_view decided_by;
  if (html) {
    label = PrescanHtmlCharset(bytes);
    decided_by = "meta";
  }
  if (!label) {
    label = XmlDeclaredCharset(bytes);
    decided_by = "xml-declaration";
  }
  if (!label) return std::nullopt;
  std::optional<std::string_view> encoding = EncodingForLabel(*label);
  if (!encoding) return std::nullopt;
  if (*encoding == "UTF-16LE" || *encoding == "UTF-16BE") encoding = kUtf8;
  if (*encoding == "x-user-defined") encoding = kWindows1252;
  return Choice{*encoding, decided_by};
}

// Whether an encoding is one of the wide ones the NUL-pattern check can name.
bool IsUtf16Or32(std::string_view encoding) {
  return encoding.starts_with("UTF-16") || encoding.starts_with("UTF-32");
}

// A declared legacy encoding is plainly wrong when the bytes are valid UTF-8
// with multi-byte sequences in them: legacy text almost never is, and pages
// saved as UTF-8 under an old "iso-8859-1" header are common. UTF-16 is left
// alone; its bytes are not meant to be read as UTF-8 at all.
bool IsMislabelledUtf8(std::string_view declared, const Utf8Census& census) {
  if (declared == kUtf8 || declared == "UTF-16LE" || declared == "UTF-16BE") return false;
  return census.invalid == 0 && census.multibyte > 0;
}

// Undeclared bytes that are not valid UTF-8 are still read as UTF-8 when its
// well-formed multi-byte sequences are at least as many as the broken ones: a
// UTF-8 file with a stray byte or a cut-off end. Windows-1252 text almost
// never forms a well-formed multi-byte sequence (it needs a lead such as "Ã"
// followed by a symbol from 0x80-0xBF), so for it the ratio is near zero.
bool IsMostlyUtf8(const Utf8Census& census) {
  return census.multibyte > 0 && census.multibyte >= census.invalid;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  bool valid = true;
  utf8::ForEachNonAscii(bytes, [&](std::size_t, int length) { return valid = length > 0; });
  return valid;
}

Result<DecodedText> DecodeText(std::string_view bytes, const DecodeHints& hints) {
  if (std::optional<Bom> bom = SniffBom(bytes)) {
    return DecodeAs(bytes.substr(bom->length), bom->encoding, "bom");
  }

  std::optional<Choice> choice;
  if (std::optional<std::string_view> declared = EncodingForLabel(hints.declared_charset)) {
    choice = Choice{*declared, "declared"};
  } else {
    choice = InDocumentDeclaration(bytes, hints.html);
  }

  // NULs on one side of every other byte pair outweigh a declared
  // ASCII-compatible charset, which could never have produced them.
  const std::optional<std::string_view> wide = DetectUtf16Or32ByNuls(bytes);
  if (wide && !(choice && IsUtf16Or32(choice->encoding))) {
    return DecodeAs(bytes, *wide, "detected");
  }

  const Utf8Census census = TakeUtf8Census(bytes);
  if (choice) {
    if (IsMislabelledUtf8(choice->encoding, census)) return DecodeUtf8(bytes, "utf-8");
    return DecodeAs(bytes, choice->encoding, choice->decided_by);
  }
  if (census.invalid == 0) return DecodeUtf8(bytes, "utf-8");
  if (IsMostlyUtf8(census)) return DecodeUtf8(bytes, "fallback");
  // The bytes are not UTF-8, so a detector's "UTF-8" is no answer.
  if (std::optional<DetectedCharset> detected = DetectCharset(bytes)) {
    if (detected->encoding != kUtf8) return DecodeAs(bytes, detected->encoding, "detected");
  }
  return DecodeAs(bytes, kWindows1252, "fallback");
}

}  // namespace corpusd
