// Content hashing for duplicate detection. SHA-256 (OpenSSL's libcrypto) so
// that any reader can recompute a hash with a standard tool
// (`hashlib.sha256(text.encode()).hexdigest()` in Python). This file pair is
// the only place that includes OpenSSL.
#pragma once

#include <string>
#include <string_view>

namespace corpusd {

// Lowercase hex SHA-256 of the bytes.
std::string Sha256Hex(std::string_view bytes);

// The raw 32-byte SHA-256 digest.
std::string Sha256Bytes(std::string_view bytes);

}  // namespace corpusd
