#include "sim/day_calendar.hpp"

namespace wfsim::sim {

void DayCalendar::reset(int days) {
    free_ = kNone;
    for (std::uint32_t b = static_cast<std::uint32_t>(blocks_.size()); b-- > 0;) release_block(b);
    head_.assign(days, kNone);
    tail_.assign(days, kNone);
    tail_fill_.assign(days, 0);
    pending_ = 0;
    horizon_ = static_cast<double>(days);
    begin_day(0);
}

std::uint32_t DayCalendar::take_block() {
    std::uint32_t b = free_;
    if (b == kNone) {
        b = static_cast<std::uint32_t>(blocks_.size());
        blocks_.emplace_back();
    } else {
        free_ = blocks_[b].next;
    }
    blocks_[b].next = kNone;
    return b;
}

}  // namespace wfsim::sim
