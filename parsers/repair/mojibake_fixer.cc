// The repair loop, after python-ftfy's fix_encoding: while the text looks
// bad, undo one layer: re-decode the whole text through the candidate
// charset that gives the best-looking result; failing that, repair the runs
// of UTF-8-looking characters inside otherwise good text; failing that, read
// stray C1 controls as windows-1252. Unlike ftfy, a repair must make the
// text look better (after the layers below it are undone too) and must not
// bring in rare characters.
#include "parsers/repair/mojibake_fixer.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "parsers/repair/mojibake_badness.h"
#include "parsers/repair/mojibake_codecs.h"
#include "parsers/repair/odd_words.h"
#include "parsers/text/icu_chars.h"

namespace corpusd::mojibake {
namespace {

// Far more layers than real text ever has; bounds the work on adversarial input.
constexpr int kMaxLayers = 8;

// What a character can be in UTF-8 misread as a Latin-1-like charset
// (latin-1, windows-1250 to -1254, windows-1257): bit flags.
enum Clue : std::uint8_t {
  kFirstOf2 = 1 << 0,      // a lead byte C2-DF
  kFirstOf3 = 1 << 1,      // a lead byte E0-EF
  kFirstOf4 = 1 << 2,      // a lead byte F0 or F3 (the others lead to unassigned planes)
  kContinuation = 1 << 3,  // a continuation byte 80-BF, or a space that was A0
  // A continuation byte that does not stand for itself beside mojibake: not
  // a space, dash, bullet, quotation mark or ellipsis. A run of mojibake
  // never starts right after one, so that a few characters are not fixed in
  // the middle of a larger garble.
  kStrictContinuation = 1 << 4,
};

// Every clue character is below this code point (the highest is ™, U+2122).
constexpr char32_t kClueTableSize = 0x2200;

class ClueTable {
 public:
  ClueTable() {
    constexpr Charset kLatinLike[] = {
        Charset::kLatin1,      Charset::kWindows1252, Charset::kWindows1250, Charset::kWindows1251,
        Charset::kWindows1253, Charset::kWindows1254, Charset::kWindows1257};
    for (Charset charset : kLatinLike) {
      if (!IsAvailable(charset)) continue;
      for (unsigned b = 0x80; b < 0x100; ++b) {
        const char32_t cp = DecodeByte(charset, static_cast<unsigned char>(b));
        if (cp >= kClueTableSize) continue;
        if (b <= 0xBF) clues_[cp] |= kContinuation | kStrictContinuation;
        if (b >= 0xC2 && b <= 0xDF) clues_[cp] |= kFirstOf2;
        if (b >= 0xE0 && b <= 0xEF) clues_[cp] |= kFirstOf3;
        if (b == 0xF0 || b == 0xF3) clues_[cp] |= kFirstOf4;
      }
    }
    // The C1 controls, as latin-1 reads them, whatever a code page made of them.
    for (char32_t cp = 0x80; cp <= 0x9F; ++cp) clues_[cp] |= kContinuation | kStrictContinuation;
    clues_[' '] |= kContinuation;
    for (char32_t cp :
         {0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026}) {
      clues_[cp] &= static_cast<std::uint8_t>(~kStrictContinuation);
    }
  }

  bool Has(char32_t cp, Clue clue) const { return cp < kClueTableSize && (clues_[cp] & clue); }

 private:
  std::array<std::uint8_t, kClueTableSize> clues_{};
};

const ClueTable& Clues() {
  static const ClueTable table;
  return table;
}

// The length of the run of UTF-8-shaped characters at `i` (lead and
// continuations, repeated), or 0.
std::size_t Utf8RunAt(std::u32string_view text, std::size_t i) {
  const ClueTable& clues = Clues();
  auto continuations = [&](std::size_t from, std::size_t count) {
    if (from + count > text.size()) return false;
    for (std::size_t k = from; k < from + count; ++k) {
      if (!clues.Has(text[k], kContinuation)) return false;
    }
    return true;
  };
  std::size_t j = i;
  while (j < text.size()) {
    const char32_t c = text[j];
    if (clues.Has(c, kFirstOf2) && continuations(j + 1, 1)) {
      j += 2;
    } else if (clues.Has(c, kFirstOf3) && continuations(j + 1, 2)) {
      j += 3;
    } else if (clues.Has(c, kFirstOf4) && continuations(j + 1, 3)) {
      j += 4;
    } else {
      break;
    }
  }
  return j - i;
}

// A letter beyond ASCII that no candidate charset makes of a continuation
// byte ("и", "α", "ă"): where it stands, the text was written, not mis-decoded.
bool IsNativeLetter(char32_t c) {
  return c >= 0x80 && !Clues().Has(c, kContinuation) && chars::IsLetter(c);
}

// The letters beyond ASCII, lowercased, that the text writes outside the
// runs of UTF-8-shaped characters: its own alphabet.
std::u32string LettersOutsideRuns(std::u32string_view text) {
  std::u32string letters;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t length = Utf8RunAt(text, i); length > 0) {
      i += length;
      continue;
    }
    const char32_t c = text[i++];
    if (c < 0x80 || !chars::IsLetter(c)) continue;
    const char32_t lower = chars::ToLower(c);
    if (letters.find(lower) == letters.npos) letters.push_back(lower);
  }
  return letters;
}

// C1 controls are proof of a mis-decoding (nothing writes them on
// purpose): where they are, a repair need not pass the word-shape check
// ("SENSÐ\u0095" is "SENSЕ", a Cyrillic Е among Latin capitals, as written).
bool HasC1Controls(std::u32string_view text) {
  return std::any_of(text.begin(), text.end(), [](char32_t c) { return c >= 0x80 && c <= 0x9F; });
}

bool IsAscii(std::u32string_view text) {
  return std::all_of(text.begin(), text.end(), [](char32_t c) { return c < 0x80; });
}

// One FixMojibake call: the search for the layers to undo, within a budget.
class Fixer {
 public:
  // `size`: the length of the text to fix, which the budget grows with.
  explicit Fixer(std::size_t size) : work_left_(kWorkPerCharacter * (size + 16)) {}

  // Repairs as many layers as make the text look better.
  std::u32string FixLayers(std::u32string text, std::vector<Repair>* repairs) {
    for (int layer = 0; layer < kMaxLayers && FixOneLayer(text, repairs); ++layer) {
    }
    return text;
  }

 private:
  // The characters re-decoded, per character of the text, beyond which the
  // search gives up: far more than real text needs (a layer re-decodes the
  // text once, a dead end a few times); bounds the work on adversarial input.
  static constexpr std::size_t kWorkPerCharacter = 64;

  // Undoes one layer of mojibake (and, through Redecode, the layers
  // below it); false when there is none to undo.
  bool FixOneLayer(std::u32string& text, std::vector<Repair>* repairs) {
    if (text.empty() || IsAscii(text) || !IsBad(text)) return false;
    const int badness = Badness(text);
    return Redecode(text, badness, repairs) || FixRunsThenLayers(text, badness, repairs) ||
           FixC1Controls(text, repairs);
  }

  // FixRuns, then the layers below, if the result looks better (a run of
  // latin-1-looking characters inside cp437 mojibake is no mojibake).
  bool FixRunsThenLayers(std::u32string& text, int badness, std::vector<Repair>* repairs) {
    std::u32string fixed = text;
    std::vector<Repair> fixes;
    if (!FixRuns(fixed, &fixes)) return false;
    fixed = FixLayers(std::move(fixed), &fixes);
    if (Badness(fixed) >= badness || Rarity(fixed) > Rarity(text) ||
        (!HasC1Controls(text) && OddWords(fixed) > OddWords(text))) {
      return false;
    }
    text = std::move(fixed);
    for (const Repair& fix : fixes) AddRepair(repairs, fix.kind, fix.count);
    return true;
  }

  // Re-decodes the text (all of it) through a candidate charset whose bytes are
  // well-formed UTF-8 and, with the layers below undone too, give text that
  // looks better. A layer alone may look no better ("Г‚ВЈ" is "Â£" before it
  // is "£"), so the comparison is made after all of them. Of several such
  // charsets the best result wins: the fewest unlikely sequences, then the
  // fewest rare characters ("Ć©" is "é" in windows-1257 but "Ʃ" in
  // windows-1250), then the likelier mix-up (the order of the candidates).
  // A result with more rare characters than the text is no repair: "ZDJĘŁA"
  // is Polish, not "ZDJʣA".
  //
  // `before` and `after` are the characters around a run being repaired,
  // judged with it: "Å¡" is only bad glued to a letter ("iÅ¡").
  bool Redecode(std::u32string& text, int badness, std::vector<Repair>* repairs,
                std::u32string_view before = {}, std::u32string_view after = {}) {
    // Each re-decoding undoes one layer below the last. Real text has a few;
    // deeper, it is text that re-decodes into itself (found by fuzzing: a
    // 600-deep recursion that overflowed the stack, within the work budget).
    if (depth_ >= kMaxLayers) return false;
    ++depth_;
    const bool found = RedecodeOnce(text, badness, repairs, before, after);
    --depth_;
    return found;
  }

  bool RedecodeOnce(std::u32string& text, int badness, std::vector<Repair>* repairs,
                    std::u32string_view before, std::u32string_view after) {
    const int rarity = Rarity(text);
    // Judged with the characters around a run: a run alone is no word.
    auto in_context = [&](std::u32string_view t) {
      return std::u32string(before) + std::u32string(t) + std::u32string(after);
    };
    const bool proof = HasC1Controls(text);
    const int odd_words = proof ? 0 : OddWords(in_context(text));
    struct Candidate {
      std::u32string text;
      std::vector<Repair> layers;
      int badness;
      int rarity;
    };
    std::optional<Candidate> best;
    std::string bytes;
    std::u32string decoded;
    for (const Charset charset : kCandidateCharsets) {
      if (work_left_ < text.size()) break;
      if (!Encode(text, charset, &bytes)) continue;
      work_left_ -= text.size();
      if (!DecodeBytes(charset, bytes, &decoded)) continue;
      Candidate candidate;
      AddRepair(&candidate.layers, "mojibake:" + std::string(CharsetName(charset)), 1);
      candidate.text = FixLayers(std::move(decoded), &candidate.layers);
      candidate.badness =
          before.empty() && after.empty()
              ? Badness(candidate.text)
              : Badness(std::u32string(before) + candidate.text + std::u32string(after));
      if (candidate.badness >= badness) continue;
      candidate.rarity = Rarity(candidate.text);
      if (candidate.rarity > rarity) continue;
      // A repair gives back words of one script and one case pattern.
      if (!proof && OddWords(in_context(candidate.text)) > odd_words) continue;
      if (!best || candidate.badness < best->badness ||
          (candidate.badness == best->badness && candidate.rarity < best->rarity)) {
        best = std::move(candidate);
        if (best->badness == 0 && best->rarity == 0) break;  // nothing can beat it
      }
    }
    if (!best) return false;
    text = std::move(best->text);
    for (const Repair& layer : best->layers) AddRepair(repairs, layer.kind, layer.count);
    return true;
  }

  // Decodes the bytes of text encoded in `charset` as UTF-8, mending what
  // was lost on the way: no-break spaces turned into spaces (first tried
  // with them put back, then as they are), and bytes a sloppy charset lost.
  static bool DecodeBytes(Charset charset, std::string bytes, std::u32string* decoded) {
    if (IsSloppy(charset)) bytes = ReplaceLossySequences(bytes);
    // MacRoman is left out: its en dash is byte 0xD0, and "– " would turn
    // into a Cyrillic letter.
    if (charset != Charset::kMacRoman && HasAlteredUtf8(bytes) &&
        DecodeUtf8Variants(RestoreByteA0(bytes), decoded)) {
      return true;
    }
    return DecodeUtf8Variants(bytes, decoded);
  }

  // Repairs the runs of UTF-8-shaped characters that look bad by themselves,
  // in text that as a whole does not re-decode ("l’humanitÃ©": the ’ is
  // right, the Ã© is not).
  //
  // Two kinds of run are left alone, where the text itself says the run's
  // first character is a letter written on purpose: a run glued to a letter
  // no candidate charset makes of a continuation byte (a lead before a
  // lead is no UTF-8: "инъюнктив”»" ends in "в", not "┻"), and a run of
  // two whose first letter the text also writes outside any run
  // ("REGONFLATĂ‰ ... poznă": Romanian, not "REGONFLATÉ").
  bool FixRuns(std::u32string& text, std::vector<Repair>* repairs) {
    const ClueTable& clues = Clues();
    const std::u32string native = LettersOutsideRuns(text);
    std::u32string out;
    std::vector<Repair> run_repairs;
    bool changed = false;
    for (std::size_t i = 0; i < text.size();) {
      const bool may_start = i == 0 || !clues.Has(text[i - 1], kStrictContinuation);
      std::size_t length = may_start ? Utf8RunAt(text, i) : 0;
      if (length > 0 && i > 0 && IsNativeLetter(text[i - 1])) length = 0;
      if (length == 2 && native.find(chars::ToLower(text[i])) != native.npos) length = 0;
      if (length == 0) {
        out.push_back(text[i++]);
        continue;
      }
      std::u32string run = text.substr(i, length);
      // Shorter than the text, so that this cannot recurse forever. A run is
      // judged alone ("Ã " is "à" at its start), else with a character of
      // context each side ("iÅ¡ jų" is bad for the i).
      const std::u32string_view all(text);
      const std::u32string_view before = all.substr(i > 0 ? i - 1 : 0, i > 0 ? 1 : 0);
      const std::u32string_view after = all.substr(i + length, 1);
      const std::u32string context = std::u32string(before) + run + std::u32string(after);
      if (length < text.size() && IsBad(run)) {
        std::u32string fixed = FixLayers(run, &run_repairs);
        changed = changed || fixed != run;
        run = std::move(fixed);
      } else if (length < text.size() && IsBad(context)) {
        changed = Redecode(run, Badness(context), &run_repairs, before, after) || changed;
      }
      out += run;
      i += length;
    }
    if (!changed) return false;
    text = std::move(out);
    for (const Repair& repair : run_repairs) AddRepair(repairs, repair.kind, repair.count);
    return true;
  }

  // C1 controls left over are windows-1252 characters read as latin-1: what
  // browsers do with them.
  static bool FixC1Controls(std::u32string& text, std::vector<Repair>* repairs) {
    std::size_t count = 0;
    for (char32_t& c : text) {
      if (c < 0x80 || c > 0x9F) continue;
      const char32_t mapped = DecodeByte(Charset::kWindows1252, static_cast<unsigned char>(c));
      if (mapped == c || mapped == 0xFFFD) continue;  // undefined there, or no ICU table
      c = mapped;
      ++count;
    }
    if (count == 0) return false;
    AddRepair(repairs, "mojibake:c1-controls", count);
    return true;
  }

  std::size_t work_left_;
  int depth_ = 0;  // Redecode calls in progress, one inside the other
};

}  // namespace

std::u32string FixMojibake(std::u32string text, std::vector<Repair>* repairs) {
  Fixer fixer(text.size());
  return fixer.FixLayers(std::move(text), repairs);
}

void AddRepair(std::vector<Repair>* repairs, std::string_view kind, std::size_t count) {
  for (Repair& repair : *repairs) {
    if (repair.kind == kind) {
      repair.count += count;
      return;
    }
  }
  repairs->push_back(Repair{std::string(kind), count});
}

}  // namespace corpusd::mojibake
