#include "parsers/encodings/xml_text_decoder.h"

#include <optional>
#include <string>

#include "parsers/encodings/charset_detector.h"
#include "parsers/encodings/charset_labels.h"
#include "parsers/encodings/charset_prescan.h"
#include "parsers/utf8.h"

namespace corpusd {
namespace {

bool HasByteOrderMark(std::string_view bytes) {
  return bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFE\xFF") ||
         bytes.starts_with("\xFF\xFE") ||
         bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4));
}

// Whether undeclared-or-UTF-8 bytes are not UTF-8 text with a few broken
// bytes but another encoding: fewer well-formed multi-byte sequences than
// ill-formed ones (text_decoder.cc's "mostly UTF-8" test, inverted).
bool PlainlyNotUtf8(std::string_view bytes) {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
  utf8::ForEachNonAscii(bytes, [&](std::size_t, int length) {
    ++(length > 0 ? multibyte : invalid);
    return true;
  });
  return invalid > 0 && multibyte < invalid;
}

}  // namespace

Result<DecodedText> DecodeXmlBytes(std::string_view bytes, std::string_view transport_charset) {
  DecodeHints hints;
  hints.declared_charset = transport_charset;
  if (!HasByteOrderMark(bytes) && !DetectUtf16Or32ByNuls(bytes)) {
    std::optional<std::string> label = !transport_charset.empty()
                                           ? std::optional<std::string>(transport_charset)
                                           : XmlDeclaredCharset(bytes);
    std::optional<std::string_view> declared =
        label ? EncodingForLabel(*label) : std::optional<std::string_view>();
    bool says_utf8 = !label || (declared && *declared == "UTF-8");
    if (says_utf8 && PlainlyNotUtf8(bytes)) {
      std::optional<DetectedCharset> detected = DetectCharset(bytes);
      hints.declared_charset =
          detected && detected->encoding != "UTF-8" ? detected->encoding : "windows-1252";
    }
  }
  return DecodeText(bytes, hints);
}

}  // namespace corpusd
