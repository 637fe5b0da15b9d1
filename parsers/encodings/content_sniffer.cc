#include "parsers/encodings/content_sniffer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "parsers/ascii.h"

namespace corpusd {
namespace {

// The WHATWG "resource header": binary bytes are looked for in this prefix.
constexpr std::size_t kResourceHeaderSize = 1445;
// How far markup is looked for: past a long comment or prolog, and for tags
// in text that does not start with one.
constexpr std::size_t kMarkupWindow = 4096;

bool IsWhitespace(unsigned char c) {  // WHATWG whitespace byte
  return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

bool IsBinaryDataByte(unsigned char c) {  // WHATWG binary data byte
  return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F);
}

std::string_view SkipWhitespace(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && IsWhitespace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

SniffResult Result(ContentKind kind, std::string mime) { return {kind, std::move(mime)}; }

// The content's verdict before the declared type and the file name are heard.
struct Verdict {
  SniffResult result;
  bool weak_html = false;  // HTML only by tags found inside text
};

// ---- Binary signatures ----------------------------------------------------

std::optional<SniffResult> MatchSignature(std::string_view b) {
  auto at = [&b](std::size_t offset, std::string_view magic) {
    return b.size() >= offset + magic.size() && b.substr(offset, magic.size()) == magic;
  };
  auto byte = [&b](std::size_t i) {
    return i < b.size() ? static_cast<unsigned char>(b[i]) : 0x100u;
  };
  using std::string_view_literals::operator""sv;
  if (at(0, "\x89PNG\r\n\x1A\n"sv)) return Result(ContentKind::kBinary, "image/png");
  if (at(0, "GIF87a"sv) || at(0, "GIF89a"sv)) return Result(ContentKind::kBinary, "image/gif");
  if (at(0, "\xFF\xD8\xFF"sv)) return Result(ContentKind::kBinary, "image/jpeg");
  if (at(0, "RIFF"sv)) {
    if (at(8, "WEBP"sv)) return Result(ContentKind::kBinary, "image/webp");
    if (at(8, "WAVE"sv)) return Result(ContentKind::kBinary, "audio/wav");
    if (at(8, "AVI "sv)) return Result(ContentKind::kBinary, "video/avi");
  }
  // "BM" alone starts ordinary text ("BMW ..."); require a BMP header:
  // reserved bytes zero and a known DIB header size.
  if (at(0, "BM"sv) && at(6, "\0\0\0\0"sv) && byte(15) == 0 && byte(16) == 0 && byte(17) == 0 &&
      (byte(14) == 12 || byte(14) == 40 || byte(14) == 52 || byte(14) == 56 || byte(14) == 64 ||
       byte(14) == 108 || byte(14) == 124)) {
    return Result(ContentKind::kBinary, "image/bmp");
  }
  if (at(0, "\0\0\x01\0"sv) || at(0, "\0\0\x02\0"sv)) {
    return Result(ContentKind::kBinary, "image/x-icon");
  }
  if (at(0, "II*\0"sv) || at(0, "MM\0*"sv)) return Result(ContentKind::kBinary, "image/tiff");
  if (at(0, "%PDF-"sv)) return Result(ContentKind::kBinary, "application/pdf");
  if (at(0, "%!PS-Adobe-"sv)) return Result(ContentKind::kBinary, "application/postscript");
  if (at(0, "PK\x03\x04"sv) || at(0, "PK\x05\x06"sv)) {
    return Result(ContentKind::kBinary, "application/zip");
  }
  if (at(0, "\x1F\x8B\x08"sv)) return Result(ContentKind::kBinary, "application/gzip");
  // "BZh" + block size + the block or end-of-stream magic (pi or sqrt(pi)).
  if (at(0, "BZh"sv) && byte(3) >= '1' && byte(3) <= '9' &&
      (at(4, "1AY&SY"sv) || at(4, "\x17\x72\x45\x38\x50\x90"sv))) {
    return Result(ContentKind::kBinary, "application/x-bzip2");
  }
  if (at(0,
         "\xFD"
         "7zXZ\0"sv))
    return Result(ContentKind::kBinary, "application/x-xz");
  if (at(0, "7z\xBC\xAF\x27\x1C"sv)) {
    return Result(ContentKind::kBinary, "application/x-7z-compressed");
  }
  if (at(0, "Rar!\x1A\x07\x00"sv) || at(0, "Rar!\x1A\x07\x01\x00"sv)) {
    return Result(ContentKind::kBinary, "application/x-rar-compressed");
  }
  if (at(0, "\x28\xB5\x2F\xFD"sv)) return Result(ContentKind::kBinary, "application/zstd");
  if (at(0,
         "\x7F"
         "ELF"sv))
    return Result(ContentKind::kBinary, "application/x-executable");
  if (at(0, "\0asm"sv)) return Result(ContentKind::kBinary, "application/wasm");
  if (at(0, "SQLite format 3\0"sv)) return Result(ContentKind::kBinary, "application/vnd.sqlite3");
  if (at(0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) {  // OLE2: .doc, .xls, .msi
    return Result(ContentKind::kBinary, "application/x-ole-storage");
  }
  // ID3v2 tag: "ID3", major version 2-4, revision below 0xFF.
  if (at(0, "ID3"sv) && byte(3) >= 2 && byte(3) <= 4 && byte(4) < 0xFF) {
    return Result(ContentKind::kBinary, "audio/mpeg");
  }
  if (at(0, "OggS\0"sv)) return Result(ContentKind::kBinary, "application/ogg");
  if (at(0, "fLaC"sv) && (byte(4) == 0x00 || byte(4) == 0x80)) {
    return Result(ContentKind::kBinary, "audio/flac");
  }
  if (at(0, "\x1A\x45\xDF\xA3"sv)) return Result(ContentKind::kBinary, "video/webm");
  if (at(4, "ftyp"sv) && byte(0) == 0) {  // ISO base media: a 32-bit box size first
    std::string_view brand = b.size() >= 12 ? b.substr(8, 4) : std::string_view();
    if (brand == "avif" || brand == "avis") return Result(ContentKind::kBinary, "image/avif");
    if (brand == "heic" || brand == "heix" || brand == "mif1") {
      return Result(ContentKind::kBinary, "image/heic");
    }
    if (brand == "M4A ") return Result(ContentKind::kBinary, "audio/mp4");
    if (brand == "qt  ") return Result(ContentKind::kBinary, "video/quicktime");
    return Result(ContentKind::kBinary, "video/mp4");
  }
  if (at(0, "wOFF"sv) || at(0, "wOF2"sv)) {
    if (at(4, "\0\x01\0\0"sv) || at(4, "OTTO"sv) || at(4, "true"sv)) {
      return Result(ContentKind::kBinary, at(0, "wOFF"sv) ? "font/woff" : "font/woff2");
    }
  }
  // An MPEG audio frame without ID3 tag: 11 sync bits, a valid version and
  // layer. (The UTF-16 BOM FF FE also matches; BOMs are handled before this.)
  if (byte(0) == 0xFF && (byte(1) & 0xE0) == 0xE0 && (byte(1) & 0x18) != 0x08 &&
      (byte(1) & 0x06) != 0 && byte(1) != 0xFF && (byte(2) & 0xF0) != 0xF0) {
    return Result(ContentKind::kBinary, "audio/mpeg");
  }
  return std::nullopt;
}

bool HasBinaryDataBytes(std::string_view b) {
  b = b.substr(0, kResourceHeaderSize);
  for (char c : b) {
    if (IsBinaryDataByte(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

// UTF-16 without BOM: text in one script shows as a NUL in every other byte
// (ASCII: spaces, digits, punctuation at least). True if one parity has many
// NULs, the other almost none, the bytes paired with those NULs are printable
// ASCII or line breaks, and the other code units stay within one 256-character
// block where their high byte is a control value (Cyrillic is 0x04xx).
bool LooksLikeBomlessUtf16(std::string_view b) {
  b = b.substr(0, kResourceHeaderSize & ~std::size_t{1});
  std::size_t pairs = b.size() / 2;
  for (int high = 0; high < 2; ++high) {  // high = 1: little-endian
    std::size_t nul_high = 0, nul_low = 0, printable = 0;
    int control_block = -1;
    bool mixed_blocks = false;
    for (std::size_t i = 0; i < pairs; ++i) {
      auto hi = static_cast<unsigned char>(b[2 * i + high]);
      auto lo = static_cast<unsigned char>(b[2 * i + 1 - high]);
      if (lo == 0) ++nul_low;
      if (hi != 0) {
        if (IsBinaryDataByte(hi)) {
          if (control_block < 0) control_block = hi;
          mixed_blocks = mixed_blocks || control_block != hi;
        }
        continue;
      }
      ++nul_high;
      if ((lo >= 0x20 && lo < 0x7F) || lo == '\t' || lo == '\n' || lo == '\r') ++printable;
    }
    if (nul_high >= 4 && nul_high * 10 >= pairs && nul_low * 50 <= pairs &&
        printable * 20 >= nul_high * 19 && !mixed_blocks) {
      return true;
    }
  }
  return false;
}

// ---- Markup ---------------------------------------------------------------

// Reads the element or doctype name starting at `s` (after "<" or "<!DOCTYPE ");
// empty unless it starts with an ASCII letter.
std::string ReadName(std::string_view s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return {};
  std::size_t n = 0;
  while (n < s.size() && n < 64) {
    char c = s[n];
    bool name_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == ':' || c == '-' || c == '_' || c == '.';
    if (!name_char) break;
    ++n;
  }
  return AsciiLowerCopy(s.substr(0, n));
}

// The WHATWG HTML patterns ("<!DOCTYPE HTML", "<HTML", "<HEAD", ...), plus
// other common first elements of pages and fragments.
bool IsHtmlElementName(std::string_view name) {
  static constexpr std::array<std::string_view, 46> kNames = {
      "html",       "head",     "script", "iframe", "h1",     "h2",   "h3",    "h4",
      "h5",         "h6",       "div",    "font",   "table",  "a",    "style", "title",
      "b",          "body",     "br",     "p",      "meta",   "link", "span",  "section",
      "article",    "header",   "nav",    "main",   "footer", "ul",   "ol",    "li",
      "img",        "form",     "center", "pre",    "strong", "em",   "i",     "hr",
      "blockquote", "noscript", "base",   "aside",  "figure", "dl"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

// Judges text that starts with '<': HTML, XML, or neither (nullopt). Looks
// past an XML declaration, comments, processing instructions and a doctype
// to the first element.
std::optional<Verdict> SniffMarkup(std::string_view s) {
  s = s.substr(0, kMarkupWindow);
  bool xml_declaration = false;
  bool comment = false;
  std::string doctype;
  while (true) {
    s = SkipWhitespace(s);
    if (s.empty() || s[0] != '<') break;
    if (s.starts_with("<?")) {
      xml_declaration = xml_declaration || StartsWithIgnoreAsciiCase(s, "<?xml");
      std::size_t end = s.find("?>");
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 2);
    } else if (s.starts_with("<!--")) {
      // WHATWG: "<!--" followed by a tag-terminating byte is HTML.
      comment = comment || (s.size() > 4 && (s[4] == ' ' || s[4] == '>'));
      std::size_t end = s.find("-->", 4);
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 3);
    } else if (StartsWithIgnoreAsciiCase(s, "<!doctype")) {
      doctype = ReadName(SkipWhitespace(s.substr(9)));
      if (doctype == "html") return Verdict{Result(ContentKind::kHtml, "text/html")};
      std::size_t subset = s.find('[');
      std::size_t end = s.find('>');
      if (subset != std::string_view::npos && subset < end) end = s.find("]>", subset);
      if (end == std::string_view::npos) break;
      s.remove_prefix(end + 1);
    } else {
      std::string name = ReadName(s.substr(1));
      if (name.empty()) return std::nullopt;  // "<3", "< b": not a tag
      char after = name.size() + 1 < s.size() ? s[name.size() + 1] : '>';
      bool terminated = after == ' ' || after == '>' || after == '/' || after == '\t' ||
                        after == '\n' || after == '\r' || after == '\f';
      if (name == "html") {
        return Verdict{
            Result(ContentKind::kHtml, xml_declaration ? "application/xhtml+xml" : "text/html")};
      }
      if (name == "rss") return Verdict{Result(ContentKind::kXml, "application/rss+xml")};
      if (name == "feed") return Verdict{Result(ContentKind::kXml, "application/atom+xml")};
      if (name == "rdf:rdf") {
        bool rss = s.find("purl.org/rss") != std::string_view::npos;
        return Verdict{Result(ContentKind::kXml, rss ? "application/rss+xml" : "application/xml")};
      }
      if (name == "urlset" || name == "sitemapindex") {
        return Verdict{Result(ContentKind::kXml, "application/xml")};
      }
      if (name == "svg") return Verdict{Result(ContentKind::kXml, "image/svg+xml")};
      if (xml_declaration || !doctype.empty()) {
        return Verdict{Result(ContentKind::kXml, "application/xml")};
      }
      if (terminated && IsHtmlElementName(name)) {
        return Verdict{Result(ContentKind::kHtml, "text/html")};
      }
      return std::nullopt;  // an unknown first element: maybe text, maybe a fragment
    }
  }
  if (xml_declaration) return Verdict{Result(ContentKind::kXml, "application/xml")};
  if (comment) return Verdict{Result(ContentKind::kHtml, "text/html")};
  return std::nullopt;
}

// Text that does not start with a tag but holds HTML structure early on:
// fragments saved as .txt. Counts tags that prose rarely contains.
bool LooksLikeHtmlFragment(std::string_view s) {
  std::string head = AsciiLowerCopy(s.substr(0, kMarkupWindow));
  static constexpr std::array<std::string_view, 5> kStrong = {"<html", "<body", "<!doctype html",
                                                              "<head>", "<meta "};
  for (std::string_view tag : kStrong) {
    if (head.find(tag) != std::string::npos) return true;
  }
  static constexpr std::array<std::string_view, 27> kTags = {
      "<p>",  "<p ",     "</p>", "<div>", "<div ",   "</div>", "<br>",     "<br/>", "<br />",
      "<li>", "</li>",   "<ul>", "<ol>",  "<table",  "<tr>",   "<td>",     "<h1",   "<h2",
      "<h3",  "<a href", "</a>", "<span", "</span>", "<b>",    "<strong>", "<em>",  "<i>"};
  int found = 0;
  for (std::string_view tag : kTags) {
    for (std::size_t at = head.find(tag); at != std::string::npos && found < 3;
         at = head.find(tag, at + 1)) {
      ++found;
    }
    if (found >= 3) return true;
  }
  return false;
}

// Judges decoded-enough text (no binary signature, no binary bytes).
Verdict SniffText(std::string_view text) {
  std::string_view rest = SkipWhitespace(text);
  if (rest.empty()) return {Result(ContentKind::kEmpty, "text/plain")};
  if (rest[0] == '<') {
    if (std::optional<Verdict> markup = SniffMarkup(rest)) return *markup;
  }
  if (LooksLikeHtmlFragment(rest)) return {Result(ContentKind::kHtml, "text/html"), true};
  return {Result(ContentKind::kText, "text/plain")};
}

// The ASCII of a UTF-16 or UTF-32 prefix after its BOM; other characters
// become '?'. Enough to find markup.
std::string AsciiOfWideText(std::string_view b, std::size_t unit, bool little_endian) {
  std::string out;
  for (std::size_t i = 0; i + unit <= b.size() && out.size() < kMarkupWindow; i += unit) {
    std::uint32_t c = 0;
    for (std::size_t k = 0; k < unit; ++k) {
      std::size_t at = little_endian ? i + unit - 1 - k : i + k;
      c = (c << 8) | static_cast<unsigned char>(b[at]);
    }
    out.push_back(c < 0x80 ? static_cast<char>(c) : '?');
  }
  return out;
}

// A JSON document: an object or array from the first byte to the last, its
// first member a string key (or an object, array or string, in an array).
bool LooksLikeJson(std::string_view rest) {
  std::string_view end = rest;
  while (!end.empty() && IsWhitespace(static_cast<unsigned char>(end.back()))) end.remove_suffix(1);
  if (end.empty()) return false;
  const char open = rest[0], close = end.back();
  if (!((open == '{' && close == '}') || (open == '[' && close == ']'))) return false;
  std::string_view inner = SkipWhitespace(rest.substr(1));
  if (inner.empty()) return false;
  const char c = inner[0];
  if (open == '{') return c == '"' || c == '}';
  // Arrays of objects, arrays or strings: "[1] A footnote.[2]" is text.
  return c == '{' || c == '[' || c == '"' || c == ']';
}

Verdict SniffBytes(std::string_view b) {
  if (b.starts_with(std::string_view("\xFF\xFE\0\0", 4))) {
    return SniffText(AsciiOfWideText(b.substr(4), 4, true));
  }
  if (b.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return SniffText(AsciiOfWideText(b.substr(4), 4, false));
  }
  if (b.starts_with("\xFF\xFE")) return SniffText(AsciiOfWideText(b.substr(2), 2, true));
  if (b.starts_with("\xFE\xFF")) return SniffText(AsciiOfWideText(b.substr(2), 2, false));
  if (b.starts_with("\xEF\xBB\xBF")) b.remove_prefix(3);
  if (std::optional<SniffResult> signature = MatchSignature(b)) return {*signature};
  std::string_view rest = SkipWhitespace(b);
  if (rest.empty()) return {Result(ContentKind::kEmpty, "text/plain")};
  if (rest[0] == '<') {
    if (std::optional<Verdict> markup = SniffMarkup(rest)) return *markup;
  }
  if (LooksLikeJson(rest)) return {Result(ContentKind::kData, "application/json")};
  if (HasBinaryDataBytes(b)) {
    if (LooksLikeBomlessUtf16(b)) return {Result(ContentKind::kText, "text/plain")};
    return {Result(ContentKind::kBinary, "application/octet-stream")};
  }
  return SniffText(rest);
}

// ---- Declared type and file name -----------------------------------------

// "Text/HTML; charset=utf-8" -> "text/html".
std::string MimeEssence(std::string_view declared) {
  std::size_t semicolon = declared.find(';');
  if (semicolon != std::string_view::npos) declared = declared.substr(0, semicolon);
  while (!declared.empty() && IsWhitespace(static_cast<unsigned char>(declared.front()))) {
    declared.remove_prefix(1);
  }
  while (!declared.empty() && IsWhitespace(static_cast<unsigned char>(declared.back()))) {
    declared.remove_suffix(1);
  }
  return AsciiLowerCopy(declared);
}

// The lower-case extension of a path or URL's last segment, without the dot.
std::string Extension(std::string_view file_name) {
  if (file_name.find("://") != std::string_view::npos) {
    file_name = file_name.substr(0, file_name.find_first_of("?#"));
  }
  std::size_t slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  std::size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  return AsciiLowerCopy(file_name.substr(dot + 1));
}

bool IsOneOf(std::string_view s, std::initializer_list<std::string_view> options) {
  for (std::string_view o : options) {
    if (s == o) return true;
  }
  return false;
}

}  // namespace

SniffResult SniffContent(std::string_view bytes, std::string_view declared_content_type,
                         std::string_view file_name) {
  const Verdict content = SniffBytes(bytes);
  const ContentKind kind = content.result.kind;
  const std::string declared = MimeEssence(declared_content_type);
  const bool binary = kind == ContentKind::kBinary;

  if (declared == "text/html" || declared == "application/xhtml+xml") {
    // A feed served as text/html is still a feed: its root says so.
    if (binary || kind == ContentKind::kEmpty || kind == ContentKind::kXml) {
      return content.result;
    }
    return Result(ContentKind::kHtml, declared);
  }
  if (declared == "text/xml" || declared == "application/xml" ||
      (declared.ends_with("+xml") && declared != "image/svg+xml")) {
    if (binary || kind == ContentKind::kEmpty) return content.result;
    if (kind == ContentKind::kHtml && !content.weak_html) return content.result;  // XHTML
    bool generic = declared == "application/xml" || declared == "text/xml";
    if (kind == ContentKind::kXml && generic) return content.result;  // e.g. RSS
    return Result(ContentKind::kXml, declared);
  }
  if (declared == "application/json" || declared.ends_with("+json") ||
      IsOneOf(declared, {"application/javascript", "text/javascript"})) {
    if (binary || kind == ContentKind::kEmpty) return content.result;
    return Result(ContentKind::kData, declared);
  }
  if (declared.starts_with("text/")) {
    if (binary || kind == ContentKind::kEmpty) return content.result;
    return Result(ContentKind::kText, declared);
  }
  if (declared.starts_with("image/") || declared.starts_with("audio/") ||
      declared.starts_with("video/") || declared.starts_with("font/") ||
      declared.starts_with("model/") ||
      IsOneOf(declared, {"application/pdf", "application/zip", "application/gzip",
                         "application/x-gzip", "application/msword", "application/wasm",
                         "application/x-tar", "application/x-7z-compressed", "application/vnd.rar",
                         "application/x-rar-compressed"}) ||
      declared.starts_with("application/vnd.openxmlformats") ||
      declared.starts_with("application/vnd.ms-") ||
      declared.starts_with("application/vnd.oasis.opendocument")) {
    return Result(ContentKind::kBinary, declared);
  }

  // No declared type worth trusting (none, application/octet-stream, */*,
  // or something unfamiliar): the content decides, the extension breaks ties.
  const std::string ext = Extension(file_name);
  if (kind == ContentKind::kHtml && content.weak_html && IsOneOf(ext, {"md", "markdown"})) {
    return Result(ContentKind::kText, "text/plain");  // Markdown may embed HTML
  }
  if (kind == ContentKind::kText && IsOneOf(ext, {"html", "htm", "xhtml", "shtml"})) {
    return Result(ContentKind::kHtml, "text/html");
  }
  return content.result;
}

}  // namespace corpusd
