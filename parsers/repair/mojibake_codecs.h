// The legacy single-byte charsets that UTF-8 text is mistaken for, and the
// byte-level steps of undoing the mistake: encoding the mojibake back into
// the bytes it was decoded from, mending UTF-8 that lost bytes on the way,
// and decoding the result as UTF-8.
//
// The byte tables come from ICU (through icu_converter.h), built once on
// first use; a charset ICU lacks is simply never a candidate. Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace corpusd::mojibake {

enum class Charset : std::uint8_t {
  kLatin1,
  kWindows1252,
  kWindows1251,
  kWindows1250,
  kWindows1253,
  kWindows1254,
  kWindows1257,
  kIso8859_2,
  kMacRoman,
  kCp437,
};

// Every charset, in the order a repair tries them: the likeliest mix-ups
// first (python-ftfy's order).
inline constexpr Charset kCandidateCharsets[] = {
    Charset::kLatin1,      Charset::kWindows1252, Charset::kWindows1251, Charset::kWindows1250,
    Charset::kWindows1253, Charset::kWindows1254, Charset::kWindows1257, Charset::kIso8859_2,
    Charset::kMacRoman,    Charset::kCp437,
};

// The name used in repair reports: "windows-1252", "macintosh", ...
std::string_view CharsetName(Charset charset);

// The windows-125x charsets are used "sloppily", as real software does: a
// byte the code page leaves undefined stands for the C1 control of the same
// number, and byte 0x1A stands for U+FFFD, a byte lost before the text
// reached us (ftfy's sloppy codecs).
bool IsSloppy(Charset charset);

// Whether ICU has a converter for the charset; one it lacks is no candidate
// (Encode fails) and decodes its upper half to U+FFFD.
bool IsAvailable(Charset charset);

// The character a byte decodes to (U+FFFD for a byte ICU could not map in a
// strict charset).
char32_t DecodeByte(Charset charset, unsigned char byte);

// Encodes `text` into `charset`; false (with `bytes` unspecified) when some
// character has no byte there.
bool Encode(std::u32string_view text, Charset charset, std::string* bytes);

// Whether `bytes` hold a UTF-8 sequence that is whole but for a byte 0xA0
// that some program turned into a space (0x20).
bool HasAlteredUtf8(std::string_view bytes);

// Puts the 0xA0 bytes back where HasAlteredUtf8 sees them missing. "Ã la"
// (C3 20 6C 61) becomes "à la", not "àla": the space is kept after "à".
std::string RestoreByteA0(std::string_view bytes);

// Replaces a UTF-8 sequence that lost bytes (turned into 0x1A by a sloppy
// encoding, or into '?' by an encoder that could not map them) with the
// UTF-8 of U+FFFD.
std::string ReplaceLossySequences(std::string_view bytes);

// Decodes UTF-8, also accepting CESU-8 surrogate pairs and Java's C0 80 for
// U+0000; false for anything else that is not well-formed.
bool DecodeUtf8Variants(std::string_view bytes, std::u32string* text);

}  // namespace corpusd::mojibake
