#include "core/content_hash.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>
#include <memory>

#include "core/hex.h"

namespace corpusd {

namespace {

struct MdCtxDeleter {
  void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

}  // namespace

std::string Sha256Bytes(std::string_view bytes) {
  // The digest fetched once and a context per thread: EVP_Digest fetches
  // and allocates both on every call, which cost more than hashing a short
  // line (LineFingerprint hashes every short paragraph).
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local const std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  // These only fail on allocation failure; an empty digest is then returned
  // and the store's NOT NULL/UNIQUE checks catch it.
  if (sha256 == nullptr || ctx == nullptr || EVP_DigestInit_ex2(ctx.get(), sha256, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest.data(), &length) != 1) {
    return {};
  }
  return std::string(reinterpret_cast<const char*>(digest.data()), length);
}

std::string Sha256Hex(std::string_view bytes) {
  const std::string digest = Sha256Bytes(bytes);
  std::string out;
  out.reserve(digest.size() * 2);
  for (const char c : digest) {
    const unsigned char b = static_cast<unsigned char>(c);
    out.push_back(HexDigit(b >> 4));
    out.push_back(HexDigit(b));
  }
  return out;
}

}  // namespace corpusd
