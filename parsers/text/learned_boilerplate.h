// Learned boilerplate: a short paragraph that recurs across many documents of
// the same source ("Follow us on Telegram", a sign-off, a disclaimer) is
// debris, whatever its wording. The corpus counts line fingerprints per
// source; this stage asks those counts through LineMemory (injected: the
// store in the importer, a map in tests), so cleaning improves as the corpus
// grows. Counts include only documents already committed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/record.h"

namespace corpusd {

// What the corpus knows of one source's lines.
class LineMemory {
 public:
  virtual ~LineMemory() = default;
  // Stored documents of the source that hold a paragraph with this fingerprint.
  virtual std::int64_t DocumentsWithLine(std::int64_t fingerprint) const = 0;
  // Stored documents of the source.
  virtual std::int64_t Documents() const = 0;
};

struct LearnedThreshold {
  std::int64_t min_documents = 5;  // seen in at least this many documents
  double min_share = 0.02;         // and in at least this share of the source's
};

// The fingerprint of a paragraph short enough to be debris (ASCII case and
// white space folded), or 0 for a longer one, which is never learned. Digits
// are kept: "Document 17" and "Document 18" are different lines, and folding
// them once made every document of a series lose its one distinct line.
std::int64_t LineFingerprint(std::string_view paragraph);

// Removes learned debris, appending each to `removals` as rule "learned".
std::vector<std::string> RemoveLearnedBoilerplate(std::vector<std::string> paragraphs,
                                                  const LineMemory& memory,
                                                  const LearnedThreshold& threshold,
                                                  std::vector<Removal>* removals);

// The distinct fingerprints of a document's paragraphs, to be counted when it
// is stored.
std::vector<std::int64_t> LineFingerprints(const std::vector<std::string>& paragraphs);

}  // namespace corpusd
