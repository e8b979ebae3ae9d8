#include "models/variants/variant_changes.hpp"

#include <algorithm>

namespace wfsim::models {

std::size_t VariantChanges::epoch_index(double t) const {
    // The last epoch that has started by t (the first starts at 0; nothing happens before).
    const auto next = std::upper_bound(epoch_starts.begin(), epoch_starts.end(), t);
    return next == epoch_starts.begin() ? 0
                                        : static_cast<std::size_t>(next - epoch_starts.begin()) - 1;
}

double VariantChanges::next_change(double t) const {
    const auto next = std::upper_bound(epoch_starts.begin(), epoch_starts.end(), t);
    return next == epoch_starts.end() ? sim::kNever : *next;
}

}  // namespace wfsim::models
