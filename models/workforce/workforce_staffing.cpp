// Joining and leaving a group: the leaving hazard's events, split into retirement, moves within
// the system and leaving it; retire-and-return; the metrics and sets that follow a person in and
// out of post.
#include <cmath>

#include "models/scenario/band_profile.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

void WorkforceModel::set_birth(std::uint32_t id, std::int32_t birth_day) {
    PersonDetails& d = store_.details(id);
    d.birth_day = birth_day;
    d.turns_55_month = static_cast<std::int16_t>(turns_55_month(birth_day));
}

// Someone joining the system at `now`, aged as drawn from `bands` with their own demography
// draws: their birth date, and service counted from now.
void WorkforceModel::join_at_drawn_age(std::uint32_t id, double now,
                                       const std::vector<Band>& bands) {
    auto demography = store_[id].stream(kDemographyDraws);
    const double age = sample_band_profile(bands, sim::uniform01(demography));
    set_birth(id, static_cast<std::int32_t>(std::floor(now - age * kDaysPerYear)));
    store_.details(id).start_day = now;
}

// The month at whose end someone born on birth_day is first aged 55 or more: -1 if already, the
// number of months if not within the run.
std::int32_t WorkforceModel::turns_55_month_by_calendar(std::int32_t birth_day) const {
    const sim::TimeAxis& axis = resolved_->axis;
    const int day55 = (axis.start() + birth_day).add_years(55) - axis.start();
    if (day55 <= 0) return -1;
    if (day55 - 1 >= axis.horizon_days()) return axis.months();
    return axis.month_of_day(day55 - 1);
}

// Only birth days within 55 years (and a few days) before the run and its end need the
// calendar: a table of those, built once, instead of two calendar conversions per joiner.
void WorkforceModel::tabulate_turns_55() {
    turns_55_first_birth_ = -55 * 366 - 2;  // earlier births are 55 before the run starts
    const int last = resolved_->axis.horizon_days() - 55 * 365 + 2;  // later: after it ends
    turns_55_after_run_ = resolved_->axis.months();
    turns_55_by_birth_.clear();
    for (int b = turns_55_first_birth_; b <= last; ++b)
        turns_55_by_birth_.push_back(turns_55_month_by_calendar(b));
}

// The person joins group g, in post and at work.
void WorkforceModel::enter_group(std::uint32_t id, int g, double now, Route route) {
    PersonRecord& r = store_[id];
    r.group = static_cast<std::uint16_t>(g);
    r.state = PersonState::AtWork;
    r.route = route;
    PersonDetails& d = store_.details(id);
    d.group_start_month = static_cast<std::int16_t>(month_);
    metrics_.add_staff(g, now, r.wte, d.turns_55_month);
    metrics_.count(g, catalogue_.joiners_by_route[static_cast<int>(route)]);
    members_.insert(store_, g, id);
    if (route != Route::Initial) reach(ResolvedCost::Reach::Joiners, g, -1, now);
}

// The person leaves their group (a spell under way ends with it).
void WorkforceModel::exit_group(std::uint32_t id, double now, LeaveReason reason) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    if (r.state == PersonState::Absent) metrics_.absence_ends(g, now, r.wte);
    r.state = PersonState::AtWork;
    const PersonDetails& d = store_.details(id);
    metrics_.remove_staff(g, now, r.wte, d.turns_55_month, d.group_start_month);
    metrics_.count(g, catalogue_.leavers_by_reason[static_cast<int>(reason)]);
    members_.erase(store_, g, id);
    r.set(kSpellEndsInLeaving, false);
    r.set(kEndOfStay, false);
    r.set(kNotRetained, false);
}

// Someone whose group, WTE, birth and service start are set starts in post at `now`, with their
// own leaving and absence clocks.
void WorkforceModel::start_in_post(std::uint32_t id, double now, Route route) {
    enter_group(id, store_[id].group, now, route);
    draw_leave_time(id, now);
    start_at_work(id, now);
    store_[id].t_transition = sim::kNever;
    schedule(id);
}

void WorkforceModel::draw_leave_time(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const std::uint32_t first_draw = r.draws[kLeavingDraws];
    auto rng = r.stream(kLeavingDraws);
    r.t_leave = leaving_.draw_leave_time(r.group, now, clock(id), horizon_, rng, leave_cap_);
    r.set(kExtraLeave, false);
    if (leaving_.rises(r.group)) add_extra_leave(r, id, now, first_draw);
}

// The leaving hazard fires. One uniform on [0, proposed) decides: below the retirement hazard it
// is a retirement, below the actual hazard (pressure included) the other ways out, above it
// nothing happens (the proposal was thinned away: only with pressure feedback).
void WorkforceModel::leave_event(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    if (leaving_.at_age_limit(r.group, now, clock(id))) {
        retire(id, now, false);
        return;
    }
    if (r.has(kNotRetained)) {
        leave(id, now, LeaveReason::NotRetained);
        return;
    }
    const int g = r.group;
    const GroupRates& rates = in_force(g);
    const LeavingHazard::Rates h = leaving_.at(g, now, clock(id));
    const double actual = leave_pressure_[g] * h.leaving + h.retirement;
    const double proposed = leave_cap_ * (h.leaving + h.retirement);
    auto rng = r.stream(kLeavingDraws);
    const double u = sim::uniform01(rng) * proposed;
    bool retiring = u < h.retirement;
    bool leaving = u < actual;
    if (leaving_.differs(g)) {
        // A variant's hazard: keep the baseline's event with the ratio of the two where the
        // variant's is lower; an event of its second clock is its own (the excess of each part).
        const LeavingHazard::Rates v = leaving_.variant_at(g, now, clock(id));
        const std::uint32_t draw = r.draws[kLeavingDraws];
        std::uint32_t side_draws = 0;
        sim::KeyedStream side(sim::side_key(r.key, kLeavingDraws, draw, 2), 0, side_draws);
        if (r.has(kExtraLeave)) {
            const double retire_excess = std::max(0.0, v.retirement - h.retirement);
            const double leave_excess = std::max(0.0, v.leaving - h.leaving);
            const double w = sim::uniform01(side) * leave_cap_ * (retire_excess + leave_excess);
            retiring = w < retire_excess;
            leaving = w < retire_excess + leave_pressure_[g] * leave_excess;
        } else if (retiring && v.retirement < h.retirement) {
            retiring = leaving = sim::uniform01(side) * h.retirement < v.retirement;
        } else if (leaving && !retiring && v.leaving < h.leaving) {
            leaving = sim::uniform01(side) * h.leaving < v.leaving;
        }
    }
    if (!leaving) {
        draw_leave_time(id, now);
        schedule(id);
        return;
    }
    if (retiring) {
        retire(id, now, true);
        return;
    }
    // Where those who leave (retirement aside) go: another employer in the group, another
    // group of the system, or out of the system.
    double v = sim::uniform01(rng);
    if (v < rates.moves_within_group) {
        move_within_group(id, now);
        return;
    }
    v -= rates.moves_within_group;
    for (std::size_t i = 0; i < rates.to_groups.size(); ++i) {
        if (v < rates.to_group_shares[i]) {
            move_to_group(id, rates.to_groups[i], now);
            return;
        }
        v -= rates.to_group_shares[i];
    }
    if (!rates.reason_shares.empty()) {
        const double w = sim::uniform01(rng);
        double cumulative = 0.0;
        std::size_t i = 0;
        while (i + 1 < rates.reason_shares.size() && w >= cumulative + rates.reason_shares[i])
            cumulative += rates.reason_shares[i++];
        metrics_.count(g, catalogue_.leavers_by_label[rates.reason_metric[i]]);
    }
    leave(id, now, LeaveReason::OutOfSystem);
}

// The person leaves their group for good; their post falls vacant (or is cut).
void WorkforceModel::leave(std::uint32_t id, double now, LeaveReason reason) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    const double wte = r.wte;
    exit_group(id, now, reason);
    free_or_refill(id, g, now, wte);
}

// A retirement, by the hazard (the retiree may come back) or at the maximum working age (never).
void WorkforceModel::retire(std::uint32_t id, double now, bool may_return) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    const double wte = r.wte;
    const GroupRates& rates = in_force(g);
    exit_group(id, now, LeaveReason::Retirement);
    auto rng = r.stream(kLeavingDraws);
    if (may_return && rates.return_probability > 0.0 && !r.has(kHasReturned) &&
        sim::uniform01(rng) < rates.return_probability) {
        // They keep their record to come back; their post is refilled meanwhile.
        r.state = PersonState::Retired;
        r.set(kHasReturned);
        r.t_leave = r.t_absence = sim::kNever;
        auto gap = r.stream(kRecruitmentDraws);
        r.t_transition = now + rates.return_gap_days.sample(gap);
        schedule(id);
        if (recruitment_.refills_vacancies(g))
            recruit_to(g, now, wte, post_key_from(r), id, false);  // they carry it back
        return;
    }
    free_or_refill(id, g, now, wte);
}

// Back after the gap: at a reduced WTE, into a vacant post if there is one, for a limited stay.
void WorkforceModel::return_from_retirement(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    if (leaving_.at_age_limit(r.group, now, clock(id))) {  // past working age by then
        store_.release(id);
        return;
    }
    const GroupRates& rates = in_force(r.group);
    reach(ResolvedCost::Reach::Returners, r.group, -1, now);
    r.wte = static_cast<float>(r.wte * rates.return_wte_factor);
    take_a_post(r.group, now, r.wte, post_key_from(r), id);
    start_in_post(id, now, Route::RetireReturn);
    PersonRecord& back = store_[id];  // a vacancy opened may have grown the store
    auto rng = back.stream(kRecruitmentDraws);
    back.t_transition = now + rates.return_stay_days.sample(rng);
    back.set(kEndOfStay);
    schedule(id);
}

// A move to another group of the system: the person keeps their history (birth, service); the
// post they leave falls vacant, and they take a vacant post in the new group if any, on its WTE
// (as a hire does), else on the new group's post WTE, over its establishment.
void WorkforceModel::move_to_group(std::uint32_t id, int to, double now) {
    PersonRecord& r = store_[id];
    const int from = r.group;
    const double wte = r.wte;
    exit_group(id, now, LeaveReason::ToOtherGroup);
    if (recruitment_.refills_vacancies(from))
        recruit_to(from, now, wte, post_key_from(r), id, true);
    // On the post's WTE, as a hire; without one, on the group's post WTE, over establishment.
    const bool refills = recruitment_.refills_vacancies(to);
    const double post =
        refills ? fill_a_vacancy(to, choice_point(store_[id].key, store_[id].vacated)) : 0.0;
    const double wte_moved = post > 0.0 ? post : resolved_->groups[to].post_wte();
    if (refills && post <= 0.0)
        recruit_to(to, now, -wte_moved, post_key_from(store_[id]), id, false);
    // A new vacancy may have grown the store: the record is looked up again.
    PersonRecord& moved = store_[id];
    moved.wte = static_cast<float>(wte_moved);
    moved.group = static_cast<std::uint16_t>(to);
    start_in_post(id, now, Route::Transfer);
}

// A move between employers within the group: a leaver and a joiner of the group, who stays.
void WorkforceModel::move_within_group(std::uint32_t id, double now) {
    exit_group(id, now, LeaveReason::WithinGroupMove);
    start_in_post(id, now, Route::Transfer);
}

// A leaver's post falls vacant: their slot becomes the vacancy if it is advertised.
void WorkforceModel::free_or_refill(std::uint32_t id, int g, double now, double wte) {
    if (recruitment_.refills_vacancies(g))
        recruit_to(g, now, wte, post_key_from(store_[id]), id, true, id);
    else
        store_.release(id);
}

}  // namespace wfsim::models
