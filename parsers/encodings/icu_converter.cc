// ICU conversion behind one function. The converter handle lives in a
// unique_ptr that closes it on every path and never leaves this file.
#include "parsers/encodings/icu_converter.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>
#include <memory>

namespace corpusd {
namespace {

// Input is fed to ICU in slices of this many bytes, and ICU writes UTF-16 into
// a buffer of kUtf16Chunk units that is drained to UTF-8 each time it fills, so
// memory beyond the output stays constant however large the input.
constexpr std::size_t kInputSlice = 64 * 1024;
constexpr std::size_t kUtf16Chunk = 16 * 1024;

constexpr char kReplacementUtf8[] = "\xEF\xBF\xBD";  // U+FFFD

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// WHATWG encoding names whose ICU converter has another name or differs in a
// way that matters. Names not listed are ICU aliases as they stand.
struct IcuName {
  std::string_view whatwg;
  const char* icu;
};
constexpr IcuName kIcuNames[] = {
    // WHATWG's Big5 is Big5-HKSCS (0x8740 is U+43F0, which ICU's Big5 lacks).
    {"Big5", "Big5-HKSCS"},
    // WHATWG's EUC-KR decoder is Microsoft's superset, code page 949.
    {"EUC-KR", "windows-949"},
    // WHATWG's GBK decoder is its gb18030 decoder.
    {"GBK", "gb18030"},
    // Logical and visual Hebrew share one byte-to-character mapping.
    {"ISO-8859-8-I", "ISO-8859-8"},
    // WHATWG's Shift_JIS is Microsoft's code page 932 (windows-31j).
    {"Shift_JIS", "ibm-943_P15A-2003"},
};

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    };
    return lower(x) == lower(y);
  });
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Turns the UTF-16 ICU produces into UTF-8, one chunk at a time. A surrogate
// pair may be split across chunks, so a lead surrogate waits for the next one.
class Utf16ToUtf8 {
 public:
  explicit Utf16ToUtf8(ConvertedText* out) : out_(out) {}

  void Append(const UChar* units, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      const char32_t u = units[i];
      if (pending_lead_ != 0) {
        const char32_t lead = pending_lead_;
        pending_lead_ = 0;
        if (u >= 0xDC00 && u <= 0xDFFF) {
          AppendUtf8(0x10000 + ((lead - 0xD800) << 10) + (u - 0xDC00), &out_->utf8);
          continue;
        }
        Replace();  // the lead had no trail
      }
      if (u >= 0xD800 && u <= 0xDBFF) {
        pending_lead_ = u;
      } else if (u >= 0xDC00 && u <= 0xDFFF) {
        Replace();  // a trail with no lead
      } else {
        AppendUtf8(u, &out_->utf8);
      }
    }
  }

  // Call once after the last chunk.
  void Finish() {
    if (pending_lead_ != 0) Replace();
    pending_lead_ = 0;
  }

 private:
  void Replace() {
    out_->utf8 += kReplacementUtf8;
    ++out_->replaced;
  }

  ConvertedText* out_;
  char32_t pending_lead_ = 0;
};

// ICU calls this for each invalid, unmappable or irregular byte sequence:
// counts it in *context (a std::size_t) and writes one U+FFFD in its place.
void CountAndSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char* /*code_units*/, int32_t /*length*/,
                        UConverterCallbackReason reason, UErrorCode* error) {
  if (reason != UCNV_UNASSIGNED && reason != UCNV_ILLEGAL && reason != UCNV_IRREGULAR) {
    return;  // reset, close or clone: nothing to substitute
  }
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  static const UChar kReplacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

Status IcuError(std::string_view what, std::string_view encoding, UErrorCode error) {
  return Status::Internal(std::string(what) + " for " + std::string(encoding) + ": " +
                          u_errorName(error));
}

// x-user-defined: ASCII as is, bytes 0x80-0xFF to U+F780-U+F7FF.
ConvertedText ConvertUserDefined(std::string_view bytes) {
  ConvertedText result;
  result.utf8.reserve(bytes.size());
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    AppendUtf8(b < 0x80 ? b : 0xF780 + (b - 0x80), &result.utf8);
  }
  return result;
}

// ISO-8859-16 (Romanian): bytes 0xA0-0xFF, from the WHATWG index; the bytes
// below are the same code points. ICU's table for it is optional data that
// Debian's libicu, for one, leaves out, so it is mapped here.
constexpr char16_t kIso885916High[96] = {
    0x00A0, 0x0104, 0x0105, 0x0141, 0x20AC, 0x201E, 0x0160, 0x00A7, 0x0161, 0x00A9, 0x0218, 0x00AB,
    0x0179, 0x00AD, 0x017A, 0x017B, 0x00B0, 0x00B1, 0x010C, 0x0142, 0x017D, 0x201D, 0x00B6, 0x00B7,
    0x017E, 0x010D, 0x0219, 0x00BB, 0x0152, 0x0153, 0x0178, 0x017C, 0x00C0, 0x00C1, 0x00C2, 0x0102,
    0x00C4, 0x0106, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x0110, 0x0143, 0x00D2, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x015A, 0x0170, 0x00D9, 0x00DA, 0x00DB,
    0x00DC, 0x0118, 0x021A, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x0107, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x0111, 0x0144, 0x00F2, 0x00F3,
    0x00F4, 0x0151, 0x00F6, 0x015B, 0x0171, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x0119, 0x021B, 0x00FF,
};

ConvertedText ConvertIso885916(std::string_view bytes) {
  ConvertedText result;
  result.utf8.reserve(bytes.size());
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    AppendUtf8(b < 0xA0 ? b : kIso885916High[b - 0xA0], &result.utf8);
  }
  return result;
}

// "replacement" guards against encodings that could smuggle markup past
// filters (ISO-2022-KR, HZ-GB-2312, ...): any input is one U+FFFD.
ConvertedText ConvertReplacement(std::string_view bytes) {
  ConvertedText result;
  if (!bytes.empty()) {
    result.utf8 = kReplacementUtf8;
    result.replaced = 1;
  }
  return result;
}

Result<ConvertedText> ConvertWithIcu(std::string_view bytes, std::string_view encoding,
                                     const char* icu_name) {
  ConvertedText result;
  UErrorCode error = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(icu_name, &error));
  if (U_FAILURE(error) || converter == nullptr) {
    return Status::Unsupported("ICU has no converter for " + std::string(encoding) + ": " +
                               u_errorName(error));
  }
  error = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), CountAndSubstitute, &result.replaced, nullptr, nullptr,
                      &error);
  if (U_FAILURE(error)) return IcuError("setting the error callback", encoding, error);
  if (bytes.empty()) return result;

  result.utf8.reserve(bytes.size());
  Utf16ToUtf8 sink(&result);
  auto buffer = std::make_unique<UChar[]>(kUtf16Chunk);
  const char* source = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  while (source != end) {
    const char* slice_end = source + std::min<std::size_t>(kInputSlice, end - source);
    const bool flush = slice_end == end;
    for (;;) {
      UChar* target = buffer.get();
      error = U_ZERO_ERROR;
      ucnv_toUnicode(converter.get(), &target, buffer.get() + kUtf16Chunk, &source, slice_end,
                     nullptr, flush, &error);
      sink.Append(buffer.get(), target - buffer.get());
      if (error == U_BUFFER_OVERFLOW_ERROR) continue;  // drained; convert the rest
      if (U_FAILURE(error)) return IcuError("converting", encoding, error);
      break;
    }
  }
  sink.Finish();
  return result;
}

}  // namespace

Result<ConvertedText> ConvertToUtf8(std::string_view bytes, std::string_view encoding) {
  if (EqualsIgnoringAsciiCase(encoding, "x-user-defined")) return ConvertUserDefined(bytes);
  if (EqualsIgnoringAsciiCase(encoding, "replacement")) return ConvertReplacement(bytes);
  if (EqualsIgnoringAsciiCase(encoding, "ISO-8859-16")) return ConvertIso885916(bytes);
  std::string icu_name(encoding);
  for (const IcuName& name : kIcuNames) {
    if (EqualsIgnoringAsciiCase(encoding, name.whatwg)) icu_name = name.icu;
  }
  return ConvertWithIcu(bytes, encoding, icu_name.c_str());
}

}  // namespace corpusd
