// The starting workforce, in equilibrium: staff with ages from the group's profile and tenure
// from the steady-state distribution (or the given profile), a share already absent with the rest
// of their spell to run, the vacant posts already part-way through recruitment, and the people
// already on their way in (international recruits in the pipeline, trainees in training).
#include <algorithm>
#include <cmath>

#include "models/scenario/band_profile.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {
namespace {

// Years of service of someone found in post in a workforce in steady state: in the first year
// with the steady-state share (density falling at the first-year hazard), otherwise one year
// plus an exponential at the hazard after it.
template <class Engine>
double steady_state_tenure(const GroupRates& g, Engine& eng) {
    const double u = sim::uniform01(eng);
    if (g.service_hazard_after <= 0.0) return u * 40.0;
    if (u < g.first_year_share) {
        const double x = g.service_hazard_first_year;
        const double v = sim::uniform01(eng);
        return x > 1e-12 ? -std::log1p(-v * -std::expm1(-x)) / x : v;
    }
    return 1.0 + sim::standard_exponential(eng) / g.service_hazard_after;
}

}  // namespace

void WorkforceModel::populate() {
    const sim::TimeAxis& axis = resolved_->axis;
    for (std::size_t gi = 0; gi < resolved_->groups.size(); ++gi) {
        const int g = static_cast<int>(gi);
        const GroupRates& rates = baseline_->groups[g];  // the starting state is the baseline's
        establishment_[g] = rates.establishment_wte;
        metrics_.set_establishment(g, 0.0, rates.establishment_wte);
        if (resolved_->staff_records) {
            std::uint64_t index = 0;  // the record's place among its group's, in file order
            for (const StaffRecord& record : *resolved_->staff_records)
                if (record.group == g) add_initial_staff(g, index++, &record);
        } else {
            // With domestic cohorts, the start's place in their cycle: fewer staff in post where
            // more posts than the cycle's mean are vacant, so that the first year's mean is as
            // given (more just after a cohort).
            for (int i = 0; i < rates.headcount - rates.start_cycle_heads; ++i)
                add_initial_staff(g, i);
            if (rates.returners_at_start > 0) {
                std::uint32_t counter = 0;
                sim::KeyedStream draws(key_for(Identity::WaitingRetiree, g, 1ull << 39), 0,
                                       counter);
                const double mean = rates.headcount * rates.returners.waiting_per_head;
                const double base = std::floor(mean);
                const long waiting =
                    static_cast<long>(base) + (sim::uniform01(draws) < mean - base);
                for (long i = 0; i < waiting; ++i) add_waiting_retiree(g, i);
            }
        }

        if (rates.poisson_inflow) {
            const std::uint32_t id =
                store_.allocate(static_cast<std::uint16_t>(g), PersonState::InflowSource,
                                key_for(Identity::InflowSource, g, 0));
            inflow_source_[g] = id;
            auto rng = store_[id].stream(kRecruitmentDraws);
            store_[id].t_transition = recruitment_.next_inflow(inflow_per_day_[g], 0.0, rng);
            schedule(id);
            if (recruitment_.inflow_rises(g)) {  // a variant's extra hires: a stream of its own
                const std::uint32_t extra =
                    store_.allocate(static_cast<std::uint16_t>(g), PersonState::InflowSource,
                                    key_for(Identity::InflowSource, g, 1));
                PersonRecord& e = store_[extra];
                e.set(kExtraInflow, true);
                auto draws = e.stream(kRecruitmentDraws);
                e.t_transition =
                    recruitment_.extra_inflow(g, 0.0, sim::standard_exponential(draws));
                schedule(extra);
            }
            continue;
        }
        // The vacant WTE at the start, in vacancies for hires of their own WTE as settle_group
        // advertises them (the last rounded by the group's uniform); what is left (less than a
        // hire) is the WTE to recruit to.
        double& vacant = to_recruit_[g];
        vacant = rates.establishment_wte - rates.wte;
        vacant += rates.start_cycle_heads * rates.post_wte();
        for (std::uint64_t index = 0; vacant > 1e-6; ++index) {
            const std::uint64_t key = key_for(Identity::InitialVacancy, g, index);
            const double hire = hire_wte(g, key);
            if (vacant < hire - 1e-6 && vacant < (1.0 - group_offset_[g]) * hire) break;
            add_initial_vacancy(g, index, hire);
            vacant -= hire;
        }
    }
    // Cohorts recruited or taken in before the start, still on their way in.
    for (int m = -60; m < 0; ++m) {
        const double day = axis.start().add_months_to_month_start(m) - axis.start();
        const int calendar_month = axis.start().add_months_to_month_start(m).ymd().month;
        for (std::size_t p = 0; p < resolved_->international.size(); ++p) {
            const InternationalRates& programme = resolved_->international[p];
            const auto& months = programme.recruit_months;
            if (std::find(months.begin(), months.end(), calendar_month) != months.end() &&
                programme.from_day <= day && day < programme.to_day)
                recruit_international(static_cast<int>(p), m, day, true);
        }
        for (std::size_t p = 0; p < resolved_->training.size(); ++p) {
            const TrainingRates& programme = resolved_->training[p];
            if (programme.intake_month == calendar_month && programme.from_day <= day &&
                day < programme.to_day)
                start_training(static_cast<int>(p), m, day, true);
        }
    }
}

void WorkforceModel::add_initial_staff(int g, std::uint64_t index, const StaffRecord* record) {
    const GroupRates& rates = baseline_->groups[g];
    const std::uint32_t id = store_.allocate(static_cast<std::uint16_t>(g), PersonState::AtWork,
                                             key_for(Identity::InitialStaff, g, index));
    PersonRecord& r = store_[id];
    r.wte = static_cast<float>(record ? record->wte : rates.wte_per_head);
    // With retire and return, the first of the starting staff are the returners already back.
    const bool returns = !record && rates.returners_at_start > 0;
    const bool returner = returns && index < static_cast<std::uint64_t>(rates.returners_at_start);
    if (returns)
        r.wte = static_cast<float>(rates.start_wte_per_head *
                                   (returner ? rates.return_wte_factor : 1.0));

    auto demography = r.stream(kDemographyDraws);
    if (record) {
        set_birth(id, record->birth_day);
        // A start date not in the record: the steady state's tenure, as for a drawn person.
        double start = 0.0;
        if (record->start_day) {
            start = *record->start_day;
        } else {
            const double age = -record->birth_day / kDaysPerYear;
            const double tenure = std::min(steady_state_tenure(rates, demography),
                                           std::max(0.0, age - rates.age_min));
            start = -tenure * kDaysPerYear;
        }
        store_.details(id).start_day = start;
    } else if (returner) {
        // Back after retiring: the ages returners have in equilibrium, long in service.
        const double age =
            sample_band_profile(rates.returners.returner_ages, sim::uniform01(demography));
        set_birth(id, static_cast<std::int32_t>(std::floor(-age * kDaysPerYear)));
        store_.details(id).start_day = -std::max(1.0, age - rates.age_min) * kDaysPerYear;
    } else {
        const auto& ages = returns ? rates.returners.staff_ages : rates.age_bands;
        const double age = sample_band_profile(ages, sim::uniform01(demography));
        double tenure = rates.tenure_bands.empty()
                            ? steady_state_tenure(rates, demography)
                            : sample_band_profile(rates.tenure_bands, sim::uniform01(demography));
        // Nobody started before the youngest working age.
        if (tenure > age - rates.age_min) tenure = std::max(0.0, age - rates.age_min);
        set_birth(id, static_cast<std::int32_t>(std::floor(-age * kDaysPerYear)));
        store_.details(id).start_day = -tenure * kDaysPerYear;
    }
    enter_group(id, g, 0.0, Route::Initial);
    store_.details(id).group_start_month = -1;

    draw_leave_time(id, 0.0);
    const std::uint32_t first_absence_draw = r.draws[kAbsenceDraws];
    auto absence_rng = r.stream(kAbsenceDraws);
    const auto absence =
        absence_.equilibrium_start(g, store_.details(id).birth_day, absence_rng, onset_cap_);
    if (absence.absent) {
        r.state = PersonState::Absent;
        metrics_.absence_starts(g, 0.0, r.wte);
        if (absence.ends_in_leaving) r.set(kSpellEndsInLeaving);
    }
    r.t_absence = absence.next_change;
    if (!absence.absent && absence_.rises(g)) add_extra_onset(r, id, 0.0, first_absence_draw);
    if (returner) {
        // Part-way through their stay: the rest of a stay under way, shortened by leaving.
        auto stay = r.stream(kRecruitmentDraws);
        r.t_transition =
            rates.return_stay_days.sample_residual(stay, rates.returners.returner_exit_per_day);
        r.set(kHasReturned);
        r.set(kEndOfStay);
    }
    schedule(id);
}

// A retiree in the gap before coming back (retire and return in equilibrium at the start).
void WorkforceModel::add_waiting_retiree(int g, std::uint64_t index) {
    const GroupRates& rates = baseline_->groups[g];
    const std::uint32_t id = store_.allocate(static_cast<std::uint16_t>(g), PersonState::Retired,
                                             key_for(Identity::WaitingRetiree, g, index));
    PersonRecord& r = store_[id];
    r.wte = static_cast<float>(rates.start_wte_per_head);
    auto demography = r.stream(kDemographyDraws);
    const double age =
        sample_band_profile(rates.returners.retiree_ages, sim::uniform01(demography));
    set_birth(id, static_cast<std::int32_t>(std::floor(-age * kDaysPerYear)));
    store_.details(id).start_day = -std::max(1.0, age - rates.age_min) * kDaysPerYear;
    auto gap = r.stream(kRecruitmentDraws);
    r.t_transition = rates.return_gap_days.sample_residual(gap);
    r.set(kHasReturned);
    schedule(id);
}

void WorkforceModel::add_initial_vacancy(int g, std::uint64_t index, double wte) {
    const std::uint32_t id = store_.allocate(static_cast<std::uint16_t>(g), PersonState::Searching,
                                             key_for(Identity::InitialVacancy, g, index));
    PersonRecord& r = store_[id];
    r.wte = static_cast<float>(wte);
    auto rng = r.stream(kRecruitmentDraws);
    // A group that starts empty advertises its posts on the first day: they are not part-way
    // through recruitment, as the vacancies of a group in equilibrium are.
    const auto step = baseline_->groups[g].headcount == 0
                          ? recruitment_.open_vacancy(g, 0.0, rng)
                          : recruitment_.equilibrium_vacancy(g, rng);
    r.state = step.state;
    r.t_transition = step.until;
    if (r.state == PersonState::Searching && recruitment_.search_rises(g))
        add_extra_candidate(r, 0.0, 0);
    if (r.state == PersonState::Searching) vacancies_.insert(store_, g, id);
    metrics_.recruitment_opens(g);
    schedule(id);
}

}  // namespace wfsim::models
