#include "daemon/fetch/registrable_domain.h"

#include <libpsl.h>

#include "daemon/fetch/address_policy.h"

namespace corpusd {

std::string RegistrableDomain(std::string_view host) {
  std::string name(host);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  while (!name.empty() && name.back() == '.') name.pop_back();
  // libpsl would call 127.0.0.1 a name under the suffix "1".
  if (name.empty() || ClassifyAddress(name)) return name;
  static const psl_ctx_t* const psl = psl_builtin();
  if (psl == nullptr) return name;
  const char* domain = psl_registrable_domain(psl, name.c_str());
  return domain != nullptr ? std::string(domain) : name;
}

}  // namespace corpusd
