#include "parsers/text/learned_boilerplate.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>

#include "core/content_hash.h"

namespace corpusd {
namespace {

// Paragraphs longer than this are running text: never learned as debris.
constexpr std::size_t kMaxLineBytes = 200;

}  // namespace

std::int64_t LineFingerprint(std::string_view paragraph) {
  if (paragraph.empty() || paragraph.size() > kMaxLineBytes) return 0;
  std::string folded;
  folded.reserve(paragraph.size());
  for (char c : paragraph) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u)) {
      if (!folded.empty() && folded.back() != ' ') folded.push_back(' ');
    } else {
      folded.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  const std::string digest = Sha256Bytes(folded);
  if (digest.size() < sizeof(std::int64_t)) return 0;
  std::int64_t fingerprint = 0;
  std::memcpy(&fingerprint, digest.data(), sizeof fingerprint);
  return fingerprint == 0 ? 1 : fingerprint;  // 0 means "not fingerprinted"
}

std::vector<std::string> RemoveLearnedBoilerplate(std::vector<std::string> paragraphs,
                                                  const LineMemory& memory,
                                                  const LearnedThreshold& threshold,
                                                  std::vector<Removal>* removals) {
  const std::int64_t documents = memory.Documents();
  const std::int64_t needed = std::max<std::int64_t>(
      threshold.min_documents,
      static_cast<std::int64_t>(std::ceil(threshold.min_share * static_cast<double>(documents))));
  if (documents < needed) return paragraphs;  // too few documents to learn from
  std::vector<std::string> kept;
  kept.reserve(paragraphs.size());
  for (std::string& p : paragraphs) {
    const std::int64_t fingerprint = LineFingerprint(p);
    if (fingerprint != 0 && memory.DocumentsWithLine(fingerprint) >= needed) {
      removals->push_back({"learned", std::move(p)});
    } else {
      kept.push_back(std::move(p));
    }
  }
  return kept;
}

std::vector<std::int64_t> LineFingerprints(const std::vector<std::string>& paragraphs) {
  std::vector<std::int64_t> out;
  for (const std::string& p : paragraphs) {
    if (const std::int64_t f = LineFingerprint(p); f != 0) out.push_back(f);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace corpusd
