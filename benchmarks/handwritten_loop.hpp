#pragma once
// The minimal hand-written loop of DESIGN.md's reference workload: the limit the engine is
// measured against. N posts in 8 groups, all filled at the start; leaving hazard 0.12 a year
// running on through absence (leaving cuts a spell short); a leaver's post refilled after a
// lognormal time to hire (mean 90, sd 30 days) from the leave date; 2 absence spells a
// person-year starting only at work, lognormal length (mean 8, sd 10 days); 10 years.
//
// Nothing but the workload: a 24-byte record per post, one pending 4-byte entry per post in a
// calendar of day buckets (a post's next event never changes once scheduled, so nothing is
// cancelled), the record prefetched a few entries ahead, a counter-based keyed stream per post,
// and three totals. A spell's days are credited when it starts and the unserved part taken back if
// leaving cuts it short. Everyone starts at work (no equilibrium start), so the absence share of
// the first weeks is a little low; that costs nothing per event.
#include <cstdint>
#include <vector>

#include "sim/random_stream.hpp"
#include "sim/variates.hpp"

namespace wfsim::bench {

struct HandwrittenTotals {
    std::uint64_t events = 0;
    double leavers = 0.0;
    double absence_days = 0.0;  // post-days lost to sickness
    double post_days = 0.0;
};

class HandwrittenLoop {
  public:
    HandwrittenLoop(long posts, int years)
        : posts_(static_cast<std::uint32_t>(posts)), horizon_(years * 365.25) {}

    HandwrittenTotals run(std::uint64_t seed, std::uint64_t replication) {
        key_ = sim::replication_key(seed, replication);
        const int days = static_cast<int>(horizon_) + 1;
        buckets_.resize(static_cast<std::size_t>(days));
        for (auto& b : buckets_) b.clear();
        record_.assign(posts_, Post{});
        totals_ = HandwrittenTotals{};
        totals_.post_days = static_cast<double>(posts_) * horizon_;
        for (std::uint32_t id = 0; id < posts_; ++id) start(id, 0.0);
        for (int day = 0; day < days; ++day) {
            std::vector<std::uint32_t>& bucket = buckets_[static_cast<std::size_t>(day)];
            for (std::size_t i = 0; i < bucket.size(); ++i) {
                if (i + kAhead < bucket.size()) __builtin_prefetch(&record_[bucket[i + kAhead]]);
                handle(bucket[i]);
            }
        }
        return totals_;
    }

  private:
    static constexpr std::size_t kAhead = 8;
    static constexpr double kLeavePerDay = 0.12 / 365.25;
    static constexpr double kOnsetPerDay = 2.0 / 365.25;
    enum : std::uint32_t { kAtWork, kAbsent, kVacant };

    struct Post {
        double t_leave = 0.0;  // in post: when the holder leaves
        double t_next = 0.0;   // in post: next onset or return; vacant: when the hire starts
        std::uint32_t draws = 0;
        std::uint32_t state = kAtWork;
    };
    static_assert(sizeof(Post) == 24);

    sim::KeyedStream stream(std::uint32_t id) {
        return {sim::entity_key(key_, id), 0, record_[id].draws};
    }
    void schedule(std::uint32_t id, double t) {
        if (t < horizon_) buckets_[static_cast<std::size_t>(t)].push_back(id);
    }
    void schedule_next(std::uint32_t id) {
        const Post& p = record_[id];
        schedule(id, p.state == kVacant || p.t_next < p.t_leave ? p.t_next : p.t_leave);
    }
    // A new holder starts in post at `now`.
    void start(std::uint32_t id, double now) {
        auto rng = stream(id);
        Post& p = record_[id];
        p.state = kAtWork;
        p.t_leave = now + sim::standard_exponential(rng) / kLeavePerDay;
        p.t_next = now + sim::standard_exponential(rng) / kOnsetPerDay;
        schedule_next(id);
    }
    void handle(std::uint32_t id) {
        ++totals_.events;
        Post& p = record_[id];
        auto rng = stream(id);
        if (p.state == kVacant) {
            start(id, p.t_next);
            return;
        }
        if (p.t_leave <= p.t_next) {  // leaving, cutting a spell short
            const double now = p.t_leave;
            if (p.state == kAbsent) totals_.absence_days -= clipped(p.t_next) - now;
            totals_.leavers += 1.0;
            p.state = kVacant;
            p.t_next = now + hire_.sample(rng);
            schedule_next(id);
            return;
        }
        const double now = p.t_next;
        if (p.state == kAtWork) {
            p.state = kAbsent;
            p.t_next = now + spell_.sample(rng);
            totals_.absence_days += clipped(p.t_next) - now;
        } else {
            p.state = kAtWork;
            p.t_next = now + sim::standard_exponential(rng) / kOnsetPerDay;
        }
        schedule_next(id);
    }
    double clipped(double t) const { return t < horizon_ ? t : horizon_; }

    std::uint32_t posts_;
    double horizon_;
    std::uint64_t key_ = 0;
    sim::LogNormalParams hire_ = sim::LogNormalParams::from_mean_sd(90.0, 30.0);
    sim::LogNormalParams spell_ = sim::LogNormalParams::from_mean_sd(8.0, 10.0);
    std::vector<Post> record_;
    std::vector<std::vector<std::uint32_t>> buckets_;
    HandwrittenTotals totals_;
};

}  // namespace wfsim::bench
