#include "store/compression.h"

#include <zstd.h>

namespace corpusd {

Result<std::string> ZstdCompress(std::string_view bytes, int level) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  const std::size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), level);
  if (ZSTD_isError(n)) return Status::Internal(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  out.shrink_to_fit();  // kept a while beside others (a batch): not the bound's size
  return out;
}

Result<std::string> ZstdDecompress(std::string_view frame, std::size_t max_size) {
  const unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR) return Status::Corruption("zstd: not a zstd frame");
  if (size == ZSTD_CONTENTSIZE_UNKNOWN) return Status::Corruption("zstd: frame without a size");
  if (size > max_size) return Status::TooLarge("zstd: frame larger than the limit");
  std::string out(static_cast<std::size_t>(size), '\0');
  const std::size_t n = ZSTD_decompress(out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n)) return Status::Corruption(std::string("zstd: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

}  // namespace corpusd
