#include "store/compression.h"

#include <zstd.h>

#include <memory>

namespace corpusd {

namespace {

// Inputs up to this size are compressed into a buffer the thread keeps;
// larger ones into one of their own.
constexpr std::size_t kKeptBufferBytes = std::size_t{4} << 20;

struct CCtxDeleter {
  void operator()(ZSTD_CCtx* cctx) const { ZSTD_freeCCtx(cctx); }
};

}  // namespace

Result<std::string> ZstdCompress(std::string_view bytes, int level) {
  // A context and an output buffer per thread, made once: a fresh context
  // for every input allocated and zeroed its tables each time (a tenth of
  // the cost of compressing a page). The frame is the same as ZSTD_compress's.
  thread_local std::unique_ptr<ZSTD_CCtx, CCtxDeleter> cctx(ZSTD_createCCtx());
  thread_local std::string kept;
  if (cctx == nullptr) return Status::Internal("zstd: cannot create a compression context");
  const std::size_t bound = ZSTD_compressBound(bytes.size());
  std::string own;
  std::string& out = bound <= kKeptBufferBytes ? kept : own;
  if (out.size() < bound) out.resize(bound);
  const std::size_t n =
      ZSTD_compressCCtx(cctx.get(), out.data(), bound, bytes.data(), bytes.size(), level);
  if (ZSTD_isError(n)) return Status::Internal(std::string("zstd: ") + ZSTD_getErrorName(n));
  return std::string(out.data(), n);  // kept a while beside others (a batch): its own size
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
