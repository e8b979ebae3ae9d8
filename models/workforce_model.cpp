#include "models/workforce_model.hpp"

#include "models/band_profile.hpp"
#include "sim/event_loop.hpp"

namespace wfsim::models {

WorkforceModel::WorkforceModel(const ResolvedScenario& resolved)
    : resolved_(resolved),
      leaving_(resolved.groups),
      absence_(resolved.groups),
      recruitment_(resolved.groups),
      metrics_(resolved.axis, resolved.units) {
    std::size_t expected = 0;
    for (const GroupRates& g : resolved.groups)
        expected += static_cast<std::size_t>(g.establishment_wte / g.wte_per_head * 1.2) + 16;
    store_.reserve(expected);
}

std::uint64_t WorkforceModel::key_for(Identity kind, int group, std::uint64_t sequence) const {
    const std::uint64_t identity = (static_cast<std::uint64_t>(kind) << 56) ^
                                   (static_cast<std::uint64_t>(group) << 40) ^ sequence;
    return sim::entity_key(replication_key_, identity);
}

std::optional<ReplicationResult> WorkforceModel::run(std::uint64_t seed, std::uint64_t replication,
                                                     const std::atomic<bool>* stop) {
    const sim::TimeAxis& axis = resolved_.axis;
    replication_key_ = sim::replication_key(seed, replication);
    horizon_ = axis.horizon_days();
    store_.clear();
    calendar_.reset(axis.horizon_days());
    vacancies_opened_.assign(resolved_.groups.size(), 0);
    inflow_hires_.assign(resolved_.groups.size(), 0);
    events_ = 0;
    month_ = 0;
    next_month_day_ = axis.month_start_day(1);

    ReplicationResult result;
    metrics_.begin(result);
    populate();
    metrics_.open_first_month();
    if (!sim::run_event_loop(*this, calendar_, stop)) return std::nullopt;
    result.events = events_;
    return result;
}

void WorkforceModel::on_day_start(int day) {
    if (day != next_month_day_) return;
    metrics_.close_month(month_);
    ++month_;
    next_month_day_ = resolved_.axis.month_start_day(month_ + 1);
}

void WorkforceModel::on_end() {
    metrics_.close_month(month_);
}

void WorkforceModel::on_event(sim::DayCalendar::Entry entry) {
    PersonRecord& r = store_[entry.id];
    if (r.generation != entry.tag) return;  // superseded
    ++events_;
    // Simultaneous times resolve leave first, then absence, then recruitment.
    if (r.t_leave <= r.t_absence && r.t_leave <= r.t_transition)
        leave(entry.id, r.t_leave);
    else if (r.t_absence <= r.t_transition)
        absence_changes(entry.id, r.t_absence);
    else
        recruitment_step(entry.id, r.t_transition);
}

void WorkforceModel::leave(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    if (r.state == PersonState::Absent) metrics_.absence_ends(g, now, r.wte);  // spell cut short
    metrics_.remove_staff(g, now, r.wte, store_.turns_55_month(id), store_.group_start_month(id));
    if (!recruitment_.refills_vacancies(g)) {
        store_.release(id);
        return;
    }
    // The leaver's slot becomes the vacancy they leave behind, with the same WTE.
    const float wte = r.wte;
    store_.reset(id, r.group, PersonState::Searching,
                 key_for(Identity::Vacancy, g, vacancies_opened_[g]++));
    r.wte = wte;
    auto rng = r.stream(kRecruitmentDraws);
    const auto step = recruitment_.open_vacancy(g, now, rng);
    r.state = step.state;
    r.t_transition = step.until;
    metrics_.recruitment_opens(g);
    schedule(id);
}

void WorkforceModel::absence_changes(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    auto rng = r.stream(kAbsenceDraws);
    if (r.state == PersonState::AtWork) {
        r.state = PersonState::Absent;
        metrics_.absence_starts(r.group, now, r.wte);
        r.t_absence = absence_.spell_end(r.group, now, rng);
    } else {
        r.state = PersonState::AtWork;
        metrics_.absence_ends(r.group, now, r.wte);
        r.t_absence = absence_.next_onset(r.group, now, rng);
    }
    schedule(id);
}

void WorkforceModel::recruitment_step(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    switch (r.state) {
        case PersonState::Searching: {
            auto rng = r.stream(kRecruitmentDraws);
            r.state = PersonState::Pipeline;
            r.t_transition = recruitment_.start_after_offer(g, now, rng);
            schedule(id);
            break;
        }
        case PersonState::Pipeline:
            metrics_.recruitment_closes(g);
            start_in_post(id, now, Route::Domestic);
            break;
        case PersonState::InflowSource: {
            auto rng = r.stream(kRecruitmentDraws);
            r.t_transition = recruitment_.next_inflow(g, now, rng);
            schedule(id);
            // Allocation may move the store: r is not used after this point.
            const std::uint32_t hire =
                store_.allocate(static_cast<std::uint16_t>(g), PersonState::Pipeline,
                                key_for(Identity::InflowHire, g, inflow_hires_[g]++));
            store_[hire].wte = static_cast<float>(resolved_.groups[g].wte_per_head);
            start_in_post(hire, now, Route::Domestic);
            break;
        }
        default:
            break;
    }
}

// A new member of staff starts at `now`: age from the hire profile, then their own leaving and
// absence clocks.
void WorkforceModel::start_in_post(std::uint32_t id, double now, Route route) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    const GroupRates& rates = resolved_.groups[g];
    auto demography = r.stream(kDemographyDraws);
    const double age = sample_band_profile(rates.hire_age_bands, sim::uniform01(demography));
    const auto birth = static_cast<std::int32_t>(std::floor(now - age * kDaysPerYear));
    store_.birth_day(id) = birth;
    store_.start_day(id) = now;
    store_.group_start_month(id) = month_;
    store_.turns_55_month(id) = turns_55_month(birth);
    r.state = PersonState::AtWork;
    r.route = route;
    metrics_.add_staff(g, now, r.wte, store_.turns_55_month(id));
    auto leave_rng = r.stream(kLeavingDraws);
    r.t_leave = leaving_.draw_leave_time(g, now, now, horizon_, leave_rng);
    auto absence_rng = r.stream(kAbsenceDraws);
    r.t_absence = absence_.next_onset(g, now, absence_rng);
    r.t_transition = sim::kNever;
    schedule(id);
}

// The month at whose end someone born on birth_day is first aged 55 or more: -1 if already, the
// number of months if not within the run.
std::int32_t WorkforceModel::turns_55_month(std::int32_t birth_day) const {
    const sim::TimeAxis& axis = resolved_.axis;
    const int day55 = (axis.start() + birth_day).add_years(55) - axis.start();
    if (day55 <= 0) return -1;
    if (day55 - 1 >= axis.horizon_days()) return axis.months();
    return axis.month_of_day(day55 - 1);
}

}  // namespace wfsim::models
