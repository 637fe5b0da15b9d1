#include "daemon/open_corpus.h"

#include <vector>

#include "core/database_url.h"
#include "parsers/text/text_key.h"
#include "store/corpus_store.h"
#include "store/pg_corpus_store.h"

namespace corpusd {
namespace {

// Small enough that a reader or another writer never waits long for one.
constexpr int kKeysPerTransaction = 200;

}  // namespace

Result<std::int64_t> FillMissingKeys(Corpus& store) {
  std::int64_t filled = 0;
  for (;;) {
    Result<std::vector<KeylessDocument>> keyless = store.DocumentsWithoutKeys(kKeysPerTransaction);
    if (!keyless.ok()) return keyless.status();
    if (keyless->empty()) return filled;
    std::vector<Corpus::DocumentKeys> keys;
    keys.reserve(keyless->size());
    for (const KeylessDocument& doc : *keyless) {
      TextKeys k = KeysOf(doc.text);
      keys.push_back({doc.id, std::move(k.key_hash), std::move(k.minhash)});
    }
    if (Status s = store.SetKeys(keys); !s.ok()) return s;
    filled += static_cast<std::int64_t>(keys.size());
  }
}

Result<std::unique_ptr<Corpus>> OpenCorpus(const std::string& path) {
  if (IsPostgresUrl(path)) {
    Result<std::unique_ptr<PgCorpusStore>> pg = PgCorpusStore::Open(path);
    if (!pg.ok()) return pg.status();
    return std::unique_ptr<Corpus>(std::move(*pg));
  }
  Result<std::unique_ptr<CorpusStore>> store = CorpusStore::Open(path);
  if (!store.ok()) return store.status();
  Result<std::int64_t> filled = FillMissingKeys(**store);
  if (!filled.ok()) return filled.status();
  return std::unique_ptr<Corpus>(std::move(*store));
}

}  // namespace corpusd
