#include "daemon/service/site_share.h"

#include <string>

#include "core/rendezvous.h"
#include "daemon/fetch/registrable_domain.h"
#include "parsers/web/url.h"

namespace corpusd {

std::string SiteShare::SiteOf(std::string_view url) {
  const std::string host = UrlHost(url);
  return host.empty() ? std::string() : RegistrableDomain(host);
}

unsigned SiteShare::OwnerOf(std::string_view site, unsigned count) {
  return RendezvousOwner(site, count);
}

bool SiteShare::TakesKey(std::string_view key) const {
  return shard_.count <= 1 || OwnerOf(key, shard_.count) == shard_.index;
}

bool SiteShare::TakesUrl(std::string_view url) const {
  if (shard_.count <= 1) return true;
  const std::string site = SiteOf(url);
  return site.empty() || TakesKey(site);
}

bool SiteShare::TakesSource(const SourceConfig& source) const {
  switch (source.type) {
    case SourceType::kDirectory:
      // "directory:" keeps a folder's key apart from any site's.
      return TakesKey("directory:" + source.name);
    case SourceType::kSitemap:
      return true;
    case SourceType::kFeed:
    case SourceType::kPage:
      return TakesUrl(source.url);
  }
  return true;
}

}  // namespace corpusd
