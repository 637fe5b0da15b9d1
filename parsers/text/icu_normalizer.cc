#include "parsers/text/icu_normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

namespace corpusd {

Result<std::string> ToNfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(status));

  // Fast path: a prefix of ASCII is always NFC, and so is text whose quick
  // check says yes.
  std::size_t ascii = 0;
  while (ascii < utf8.size() && static_cast<unsigned char>(utf8[ascii]) < 0x80) ++ascii;
  if (ascii == utf8.size()) return std::string(utf8);

  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (nfc->quickCheck(text, status) == UNORM_YES && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  const icu::UnicodeString normalized = nfc->normalize(text, status);
  if (U_FAILURE(status)) return Status::Internal(std::string("ICU NFC: ") + u_errorName(status));
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

Result<std::string> ToNfkcCasefold(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFKC_Casefold: ") + u_errorName(status));
  }
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  fold->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink,
                      nullptr, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU NFKC_Casefold: ") + u_errorName(status));
  }
  return out;
}

}  // namespace corpusd
