#include "core/content_hash.h"

#include <openssl/evp.h>

#include <array>
#include <cstdio>

#include "core/hex.h"

namespace corpusd {

std::string Sha256Bytes(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  // EVP_Digest only fails on allocation failure; an empty digest is then
  // returned and the store's NOT NULL/UNIQUE checks catch it.
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
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
