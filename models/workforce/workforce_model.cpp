// The replication loop: starting a run, month boundaries, and sending each event to the part of
// the model that handles it.
#include "models/workforce/workforce_model.hpp"

#include <algorithm>
#include <cmath>

#include "models/workforce/run_footprint.hpp"
#include "sim/event_loop.hpp"

namespace wfsim::models {

namespace {

const ResolvedScenario& baseline_of(const ResolvedScenario& r) {
    return r.changes ? *r.changes->baseline : r;
}

}  // namespace

WorkforceModel::WorkforceModel(const ResolvedScenario& resolved)
    : resolved_(&resolved),
      changes_(resolved.changes.get()),
      baseline_(&baseline_of(resolved)),
      today_(&resolved),
      leaving_(baseline_->groups, changes_),
      absence_(baseline_->groups, resolved.axis, changes_),
      recruitment_(baseline_->groups, resolved.axis.horizon_days(), changes_),
      metrics_(resolved),
      catalogue_(metrics_.catalogue()) {
    store_.reserve(expected_people(resolved));
    bind(resolved);
    tabulate_turns_55();  // variants bound later share the time axis
}

void WorkforceModel::bind(const ResolvedScenario& resolved) {
    resolved_ = &resolved;
    changes_ = resolved.changes.get();
    baseline_ = &baseline_of(resolved);
    today_ = &resolved;
    leaving_ = LeavingHazard(baseline_->groups, changes_);
    absence_ = AbsenceFlow(baseline_->groups, resolved.axis, changes_);
    recruitment_ = RecruitmentFlow(baseline_->groups, resolved.axis.horizon_days(), changes_);
    metrics_ = MetricsRecorder(resolved);
    leave_cap_ = onset_cap_ = 1.0;
    if (resolved.feedback) {
        leave_cap_ = resolved.feedback->max_multiplier;
        onset_cap_ = resolved.feedback->max_multiplier;
    }
    // Days on which a group's unavailable share changes (industrial action windows).
    unavailable_changes_.clear();
    for (std::size_t g = 0; g < resolved.groups.size(); ++g) {
        const Timeline& t = resolved.groups[g].timelines.unavailable;
        for (double change : t.change_times())
            if (change > 0.0 && change < resolved.axis.horizon_days())
                unavailable_changes_.push_back(
                    {static_cast<int>(change), static_cast<int>(g), t.value_at(change)});
    }
    std::stable_sort(unavailable_changes_.begin(), unavailable_changes_.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
    bind_variant();
}

std::uint64_t WorkforceModel::key_for(Identity kind, int owner, std::uint64_t sequence) const {
    const std::uint64_t identity = (static_cast<std::uint64_t>(kind) << 56) ^
                                   (static_cast<std::uint64_t>(owner) << 40) ^ sequence;
    return sim::entity_key(replication_key_, identity);
}

std::optional<ReplicationResult> WorkforceModel::run(std::uint64_t seed, std::uint64_t replication,
                                                     const std::atomic<bool>* stop) {
    const sim::TimeAxis& axis = resolved_->axis;
    const std::size_t groups = resolved_->groups.size();
    replication_key_ = sim::replication_key(seed, replication);
    horizon_ = axis.horizon_days();
    store_.clear();
    calendar_.reset(axis.horizon_days());
    // Members are read only to choose internal trainees; vacancies by every group.
    std::vector<bool> trainees_drawn(groups, false);
    for (const TrainingRates& t : resolved_->training)
        if (t.from_group >= 0) trainees_drawn[t.from_group] = true;
    members_.reset(groups, std::move(trainees_drawn));
    vacancies_.reset(groups, std::vector<bool>(groups, true));
    inflow_hires_.assign(groups, 0);
    roundings_.assign(groups, 0);
    rounding_day_.assign(groups, ~std::uint64_t{0});
    establishment_.assign(groups, 0.0);
    to_recruit_.assign(groups, 0.0);
    group_offset_.clear();
    for (std::size_t g = 0; g < groups; ++g)
        group_offset_.push_back(
            rounding_offset(key_for(Identity::GroupRounding, static_cast<int>(g), 0)));
    experienced_pool_.assign(groups, 0.0);
    newly_qualified_pool_.assign(groups, 0.0);
    inflow_per_day_.clear();
    for (std::size_t g = 0; g < groups; ++g)
        inflow_per_day_.push_back(recruitment_.inflow_rate(static_cast<int>(g)));
    inflow_source_.assign(groups, kNoSlot);
    waiting_.resize(groups);
    for (auto& w : waiting_) w.clear();
    waiting_head_.assign(groups, 0);
    leave_pressure_.assign(groups, 1.0);
    onset_pressure_.assign(groups, 1.0);
    programme_recruits_.assign(resolved_->international.size(), 0);
    source_left_.clear();
    for (const TrainingRates& t : resolved_->training) source_left_.push_back(t.source_pool);
    next_unavailable_ = 0;
    next_dated_ = 0;
    next_establishment_.assign(groups, 0);
    today_ = changes_ ? &changes_->at(0.0) : resolved_;
    next_epoch_day_ = changes_ ? changes_->next_change(0.0) : sim::kNever;
    events_ = 0;
    month_ = 0;
    next_month_day_ = axis.month_start_day(1);

    ReplicationResult result;
    metrics_.begin(result);
    for (std::size_t g = 0; g < groups; ++g) {
        metrics_.set_unavailable_share(static_cast<int>(g), 0.0,
                                       resolved_->groups[g].timelines.unavailable.value_at(0.0));
        metrics_.set_wte_prices(static_cast<int>(g), 0.0,
                                in_force(static_cast<int>(g)).pay_per_wte_day, 0.0);
    }
    populate();
    metrics_.open_first_month();
    on_month_start(0);
    if (!sim::run_event_loop(*this, calendar_, stop)) return std::nullopt;
    result.events = events_;
    return result;
}

void WorkforceModel::on_day_start(int day) {
    if (day >= next_epoch_day_) {
        today_ = &changes_->at(day);
        next_epoch_day_ = changes_->next_change(day);
    }
    if (day == next_month_day_) {
        metrics_.close_month(month_);
        update_pressure(month_);
        ++month_;
        next_month_day_ = resolved_->axis.month_start_day(month_ + 1);
        on_month_start(month_);
    }
    if (changes_) variant_day_start(day);
    while (next_unavailable_ < unavailable_changes_.size() &&
           unavailable_changes_[next_unavailable_].day <= day) {
        const UnavailableChange& c = unavailable_changes_[next_unavailable_++];
        metrics_.set_unavailable_share(c.group, day, c.share);
    }
}

void WorkforceModel::on_end() {
    metrics_.close_month(month_);
}

double WorkforceModel::oldest_in_post_years(int g) const {
    double oldest = 0.0;
    for (std::uint32_t id = 0; id < store_.slots(); ++id)
        if (in_post(store_[id].state) && store_[id].group == g)
            oldest = std::max(oldest, (horizon_ - store_.details(id).birth_day) / kDaysPerYear);
    return oldest;
}

WorkforceModel::WteBalance WorkforceModel::wte_balance(int g) const {
    WteBalance b;
    b.establishment = establishment_[g];
    b.carried = to_recruit_[g];
    for (std::uint32_t id = 0; id < store_.slots(); ++id) {
        const PersonRecord& r = store_[id];
        if (r.group != g || r.state == PersonState::Free) continue;
        if (in_post(r.state)) b.in_post += r.wte;
        const bool vacancy = r.state == PersonState::Searching ||
                             (r.state == PersonState::Pipeline && r.route != Route::International);
        if (vacancy) b.advertised += r.wte;
        const double owed = store_.details(id).owed;
        b.carried += owed;
        b.largest_carried = std::max(b.largest_carried, std::fabs(owed));
    }
    return b;
}

void WorkforceModel::on_event(sim::DayCalendar::Entry entry) {
    const std::uint32_t id = entry.id;
    PersonRecord& r = store_[id];
    if (r.generation != entry.tag) return;  // superseded
    ++events_;
    // Simultaneous times resolve leave first, then absence, then the other steps.
    if (r.t_leave <= r.t_absence && r.t_leave <= r.t_transition) {
        leave_event(id, r.t_leave);
        return;
    }
    if (r.t_absence <= r.t_transition) {
        absence_changes(id, r.t_absence);
        return;
    }
    const double now = r.t_transition;
    switch (r.state) {
        case PersonState::Searching:
            candidate_found(id, now);
            break;
        case PersonState::Pipeline:
            pipeline_step(id, now);
            break;
        case PersonState::InTraining:
            training_step(id, now);
            break;
        case PersonState::Retired:
            return_from_retirement(id, now);
            break;
        case PersonState::InflowSource:
            inflow_arrives(id, now);
            break;
        case PersonState::AtWork:
        case PersonState::Absent:
            leave(id, now, LeaveReason::EndOfStay);
            break;
        case PersonState::Free:
            break;
    }
}

}  // namespace wfsim::models
