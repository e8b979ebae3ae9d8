// What a variant adds to a replication: the second clocks of hazards that rise above the
// baseline's, the events of the baseline's clocks it keeps where its hazard is lower, its dated
// changes (the establishment, the prices of WTE in post, source pools) and its interventions'
// per-person costs. Each extra draw is keyed by the person and the draw of theirs it belongs to
// (sim::side_key), so that the person's own sequence of draws is the baseline's.
#include <algorithm>

#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {
namespace {

// Purposes of side draws (sim::side_key).
constexpr unsigned kSecondClock = 1;
constexpr unsigned kKeepOrNot = 2;

double side_uniform(std::uint64_t key, unsigned flow, std::uint32_t draw, unsigned purpose) {
    std::uint32_t counter = 0;
    sim::KeyedStream side(sim::side_key(key, flow, draw, purpose), 0, counter);
    return sim::uniform01(side);
}

double side_exponential(std::uint64_t key, unsigned flow, std::uint32_t draw) {
    std::uint32_t counter = 0;
    sim::KeyedStream side(sim::side_key(key, flow, draw, kSecondClock), 0, counter);
    return sim::standard_exponential(side);
}

}  // namespace

void WorkforceModel::bind_variant() {
    dated_changes_.clear();
    if (!changes_) return;
    // Prices change where an epoch starts (pay) and where a per-WTE-day cost starts or ends.
    std::vector<std::vector<double>> price_days(resolved_->groups.size());
    for (std::size_t g = 0; g < price_days.size(); ++g)
        for (double start : changes_->epoch_starts)
            if (start > 0.0) price_days[g].push_back(start);
    for (const ResolvedCost& cost : changes_->costs) {
        if (cost.per_wte_day == 0.0 || cost.reservist_pool >= 0) continue;
        for (int g : cost.groups) {
            price_days[g].push_back(cost.from_day);
            price_days[g].push_back(cost.until_day);
        }
    }
    for (std::size_t g = 0; g < price_days.size(); ++g) {
        std::sort(price_days[g].begin(), price_days[g].end());
        price_days[g].erase(std::unique(price_days[g].begin(), price_days[g].end()),
                            price_days[g].end());
        for (double day : price_days[g])
            if (day < resolved_->axis.horizon_days())
                dated_changes_.push_back({day, static_cast<int>(g), -1});
    }
    for (std::size_t i = 0; i < changes_->source_pool_changes.size(); ++i)
        dated_changes_.push_back({changes_->source_pool_changes[i].day, -1, static_cast<int>(i)});
    std::stable_sort(dated_changes_.begin(), dated_changes_.end(),
                     [](const DatedChange& a, const DatedChange& b) { return a.day < b.day; });
}

void WorkforceModel::variant_day_start(int day) {
    for (std::size_t g = 0; g < resolved_->groups.size(); ++g)
        if (changes_->groups[g].establishment)
            apply_establishment_changes(static_cast<int>(g), day);
    while (next_dated_ < dated_changes_.size() && dated_changes_[next_dated_].day <= day) {
        const DatedChange& c = dated_changes_[next_dated_++];
        if (c.group >= 0) {
            double per_wte_day = 0.0;
            for (const ResolvedCost& cost : changes_->costs)
                if (cost.reservist_pool < 0 && cost.from_day <= day && day < cost.until_day &&
                    std::find(cost.groups.begin(), cost.groups.end(), c.group) != cost.groups.end())
                    per_wte_day += cost.per_wte_day;
            metrics_.set_wte_prices(c.group, day, in_force(c.group).pay_per_wte_day, per_wte_day);
        } else {
            const SourcePoolChange& s = changes_->source_pool_changes[c.source_change];
            double& left = source_left_[s.programme];
            left = s.set ? s.value : s.multiply ? left * s.value : left + s.value;
            left = std::max(0.0, left);
        }
    }
}

void WorkforceModel::apply_establishment_changes(int g, double day) {
    const auto& list = changes_->groups[g].establishment_changes;
    std::size_t& next = next_establishment_[g];
    while (next < list.size() && list[next].first <= day)
        change_establishment(g, day, list[next++].second);
}

void WorkforceModel::reach(ResolvedCost::Reach reach, int g, int programme, double now,
                           double people) {
    if (!changes_ || catalogue_.intervention_cost_per_person < 0 || people == 0.0) return;
    for (const ResolvedCost& cost : changes_->costs) {
        if (cost.reach != reach || now < cost.from_day || now >= cost.until_day) continue;
        const bool by_group =
            reach == ResolvedCost::Reach::Joiners || reach == ResolvedCost::Reach::Returners;
        if (by_group ? std::find(cost.groups.begin(), cost.groups.end(), g) == cost.groups.end()
                     : cost.programme != programme)
            continue;
        metrics_.count(g, catalogue_.intervention_cost_per_person, cost.per_person * people);
    }
}

void WorkforceModel::add_extra_leave(PersonRecord& r, std::uint32_t id, double now,
                                     std::uint32_t first_draw) {
    const double budget = side_exponential(r.key, kLeavingDraws, first_draw);
    const double t =
        leaving_.extra_leave_time(r.group, now, clock(id), budget, horizon_, leave_cap_);
    if (t < r.t_leave) {
        r.t_leave = t;
        r.set(kExtraLeave, true);
    }
}

void WorkforceModel::add_extra_onset(PersonRecord& r, std::uint32_t id, double now,
                                     std::uint32_t first_draw) {
    const double budget = side_exponential(r.key, kAbsenceDraws, first_draw);
    const double t =
        absence_.extra_onset(r.group, now, store_.details(id).birth_day, budget, onset_cap_);
    if (t < r.t_absence) {
        r.t_absence = t;
        r.set(kExtraOnset, true);
    }
}

void WorkforceModel::add_extra_candidate(PersonRecord& r, double now, std::uint32_t first_draw) {
    const double budget = side_exponential(r.key, kRecruitmentDraws, first_draw);
    const double t = recruitment_.extra_search_until(r.group, now, budget);
    r.set(kExtraCandidate, t < r.t_transition);
    if (t < r.t_transition) r.t_transition = t;
}

bool WorkforceModel::keep_onset(PersonRecord& r, std::uint32_t id, double now) {
    const int g = r.group;
    if (r.has(kExtraOnset)) return true;
    const double birth = store_.details(id).birth_day;
    const double baseline = absence_.baseline_rate(g, now, birth);
    const double variant = absence_.variant_rate(g, now, birth);
    if (!(variant < baseline)) return true;
    return side_uniform(r.key, kAbsenceDraws, r.draws[kAbsenceDraws], kKeepOrNot) * baseline <
           variant;
}

bool WorkforceModel::keep_candidate(PersonRecord& r, double now) {
    const int g = r.group;
    if (!recruitment_.search_differs(g)) return true;
    if (r.has(kExtraCandidate)) {
        r.set(kExtraCandidate, false);
        return true;
    }
    const double ratio = recruitment_.search_ratio(g, now);
    if (!(ratio < 1.0) ||
        side_uniform(r.key, kRecruitmentDraws, r.draws[kRecruitmentDraws], kKeepOrNot) < ratio)
        return true;
    // Turned away: the wait for a candidate starts again.
    const std::uint32_t first_draw = r.draws[kRecruitmentDraws];
    auto rng = r.stream(kRecruitmentDraws);
    r.t_transition = recruitment_.next_candidate(g, now, rng);
    if (recruitment_.search_rises(g)) add_extra_candidate(r, now, first_draw);
    return false;
}

}  // namespace wfsim::models
