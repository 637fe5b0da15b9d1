// Rendezvous (highest random weight) hashing: which of `nodes` nodes owns a
// key. Every node computes the same answer from the key alone, with no
// coordinator; going from N to N+1 nodes moves a key only to the new node,
// and about 1/(N+1) of the keys move (Thaler and Ravishankar, 1998).
#pragma once

#include <string_view>

namespace corpusd {

// 1..nodes; 1 when nodes is 0 or 1.
unsigned RendezvousOwner(std::string_view key, unsigned nodes);

}  // namespace corpusd
