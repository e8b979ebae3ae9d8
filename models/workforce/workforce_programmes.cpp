// What happens at the start of each month (financial-year changes to the establishment, the
// labour pools, hires following the headcount, domestic and international cohorts, training
// intakes), and the steps of people on the way in: international recruits in the pipeline and
// trainees.
#include <algorithm>
#include <cmath>

#include "models/scenario/band_profile.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {
namespace {

// Cohort identities stay positive for cohorts recruited before the run (month < 0).
constexpr std::int64_t kMonthOffset = 1200;
constexpr std::uint64_t kPerCohort = 1u << 20;

bool active(double day, double from, double to) {
    return from <= day && day < to;
}

// A whole number with the given mean: its floor, plus one with the fractional part's chance.
template <class Engine>
long whole_number(double mean, Engine& eng) {
    const double base = std::floor(mean);
    return static_cast<long>(base) + (sim::uniform01(eng) < mean - base ? 1 : 0);
}

}  // namespace

void WorkforceModel::on_month_start(int month) {
    const sim::TimeAxis& axis = resolved_->axis;
    const double now = axis.month_start_day(month);
    const int calendar_month = axis.month_date(month).ymd().month;
    for (std::size_t gi = 0; gi < resolved_->groups.size(); ++gi) {
        // A variant that changes a group's establishment gives every change of it by its day.
        if (changes_ && changes_->groups[gi].establishment) {
            apply_establishment_changes(static_cast<int>(gi), now);
            continue;
        }
        for (const auto& change : resolved_->groups[gi].establishment_changes)
            if (change.month == month) change_establishment(static_cast<int>(gi), now, change.wte);
    }
    refill_pools(month);
    follow_headcount(now);
    for (std::size_t c = 0; c < resolved_->domestic_cohorts.size(); ++c) {
        const DomesticCohortRates& cohort = today_->domestic_cohorts[c];
        if (cohort.month == calendar_month && active(now, cohort.from_day, cohort.to_day))
            start_cohort(static_cast<int>(c), month, now);
    }
    for (std::size_t p = 0; p < resolved_->international.size(); ++p) {
        const InternationalRates& programme = today_->international[p];
        const auto& months = programme.recruit_months;
        if (std::find(months.begin(), months.end(), calendar_month) != months.end() &&
            active(now, programme.from_day, programme.to_day))
            recruit_international(static_cast<int>(p), month, now, false);
    }
    for (std::size_t p = 0; p < resolved_->training.size(); ++p) {
        const TrainingRates& programme = today_->training[p];
        if (programme.intake_month == calendar_month &&
            active(now, programme.from_day, programme.to_day))
            start_training(static_cast<int>(p), month, now, false);
    }
}

// Candidates not hired by the end of a financial year are gone; experienced ones arrive month by
// month, newly qualified ones (and local graduates) as a cohort in their month.
void WorkforceModel::refill_pools(int month) {
    const sim::TimeAxis& axis = resolved_->axis;
    const int calendar_month = axis.month_date(month).ymd().month;
    for (std::size_t gi = 0; gi < resolved_->groups.size(); ++gi) {
        const GroupRates& g = in_force(static_cast<int>(gi));
        if (!g.pool_limited) continue;
        if (calendar_month == 4) experienced_pool_[gi] = newly_qualified_pool_[gi] = 0.0;
        experienced_pool_[gi] += g.experienced_per_month;
        if (calendar_month == g.newly_qualified_month)
            newly_qualified_pool_[gi] += g.newly_qualified_per_year;
    }
    const double now = axis.month_start_day(month);
    for (std::size_t c = 0; c < today_->graduates.size(); ++c) {
        const GraduateRates& cohort = today_->graduates[c];
        if (cohort.month != calendar_month || now < cohort.from_day || now >= cohort.to_day)
            continue;
        const double arriving = cohort.per_year * cohort.local_retention;
        newly_qualified_pool_[cohort.group] += arriving;
        reach(ResolvedCost::Reach::Graduates, cohort.group, static_cast<int>(c), now, arriving);
    }
    // Vacancies waiting for a pool are served when it refills (or when a variant lifts its limit).
    for (std::size_t gi = 0; gi < resolved_->groups.size(); ++gi)
        if (!waiting_[gi].empty()) serve_waiting(static_cast<int>(gi), now);
}

// A cohort of international recruits accepts offers at `now` (month index `month`, negative for
// cohorts recruited before the run, of whom only those still on their way are created).
void WorkforceModel::recruit_international(int p, int month, double now, bool before_run) {
    const InternationalRates& programme = in_force_at(now).international[p];
    const int g = programme.group;
    const InternationalRates::Policy& policy = programme.policy_at(now);
    const double per_year = std::min(policy.per_year, policy.cap_per_year) *
                            resolved_->groups[g].timelines.international.value_at(now);
    std::uint32_t counter = 0;
    const std::uint64_t cohort = static_cast<std::uint64_t>(month + kMonthOffset);
    sim::KeyedStream draws(key_for(Identity::ProgrammeDraws, p, cohort), 0, counter);
    const long recruits =
        whole_number(per_year / static_cast<double>(programme.recruit_months.size()), draws);
    if (!before_run) {
        metrics_.count(g, catalogue_.international_recruits, static_cast<double>(recruits));
        metrics_.count(g, catalogue_.international_cost, recruits * policy.cost_per_recruit);
        reach(ResolvedCost::Reach::InternationalRecruits, g, p, now, static_cast<double>(recruits));
    }
    for (long j = 0; j < recruits; ++j) {
        const std::uint64_t key =
            key_for(Identity::InternationalRecruit, p, cohort * kPerCohort + j);
        std::uint32_t recruit_counter = 0;
        sim::KeyedStream rng(key, kRecruitmentDraws, recruit_counter);
        const double delay = policy.pipeline_days.sample(rng);
        const bool drops_out = sim::uniform01(rng) < policy.dropout;
        const double step = now + (drops_out ? sim::uniform01(rng) * delay : delay);
        // Recruited before the run: only those still on their way are created. A cohort of the
        // run's first day with no pipeline arrives on that day.
        if (before_run && step <= 0.0) continue;
        const std::uint32_t id =
            store_.allocate(static_cast<std::uint16_t>(g), PersonState::Pipeline, key);
        PersonRecord& r = store_[id];
        r.draws[kRecruitmentDraws] = recruit_counter;
        r.route = Route::International;
        r.wte = static_cast<float>(programme.wte);
        r.set(kDropsOut, drops_out);
        r.t_transition = step;
        store_.details(id).programme = static_cast<std::int16_t>(p);
        metrics_.change(g, catalogue_.international_pipeline, std::max(now, 0.0), 1.0);
        schedule(id);
    }
}

// Someone in a pipeline takes their next step: a domestic hire starts; an international recruit
// arrives (into a vacant post if there is one) or drops out.
void WorkforceModel::pipeline_step(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    if (r.route != Route::International) {
        hire_starts(id, now);
        return;
    }
    const int g = r.group;
    metrics_.change(g, catalogue_.international_pipeline, now, -1.0);
    if (r.has(kDropsOut)) {
        metrics_.count(g, catalogue_.international_dropouts);
        store_.release(id);
        return;
    }
    const InternationalRates& programme = today_->international[store_.details(id).programme];
    take_a_post(g, now, r.wte, post_key_from(r), id);  // may grow the store: `r` is not used after
    join_at_drawn_age(id, now, programme.age_bands);
    PersonDetails& d = store_.details(id);
    d.leave_multiplier = static_cast<float>(programme.leaving_multiplier);
    start_in_post(id, now, Route::International);
}

// A domestic cohort starts in post: each hire takes a vacant post if there is one (the newest
// first, as other routes' arrivals do), and beyond them is over establishment.
void WorkforceModel::start_cohort(int c, int month, double now) {
    const DomesticCohortRates& cohort = in_force_at(now).domestic_cohorts[c];
    const int g = cohort.group;
    const std::uint64_t sequence = static_cast<std::uint64_t>(month + kMonthOffset);
    std::uint32_t counter = 0;
    sim::KeyedStream draws(key_for(Identity::CohortDraws, c, sequence), 0, counter);
    const long hires = whole_number(cohort.per_year, draws);
    metrics_.count(g, catalogue_.domestic_cohort_cost, hires * cohort.cost_per_hire);
    reach(ResolvedCost::Reach::CohortHires, g, c, now, static_cast<double>(hires));
    for (long j = 0; j < hires; ++j) {
        const std::uint32_t id =
            store_.allocate(static_cast<std::uint16_t>(g), PersonState::Pipeline,
                            key_for(Identity::CohortHire, c, sequence * kPerCohort + j));
        store_[id].wte = static_cast<float>(cohort.wte);
        const double wte = store_[id].wte;                        // as the person works it
        take_a_post(g, now, wte, post_key_from(store_[id]), id);  // may grow the store
        join_at_drawn_age(id, now, cohort.age_bands);
        store_.details(id).leave_multiplier = 1.0f;
        start_in_post(id, now, Route::Cohort);
    }
}

// An intake starts: internal trainees leave their group (a vacancy opens behind them), external
// ones are recruited. Before the run, only those still in training are created.
void WorkforceModel::start_training(int p, int month, double now, bool before_run) {
    const ResolvedScenario& in_force = in_force_at(now);
    const TrainingRates& programme = in_force.training[p];
    const int to = programme.to_group;
    const GroupRates& target = in_force.groups[to];
    const std::uint64_t cohort = static_cast<std::uint64_t>(month + kMonthOffset);
    std::uint32_t counter = 0;
    sim::KeyedStream draws(key_for(Identity::ProgrammeDraws, 1000 + p, cohort), 0, counter);
    double mean = std::min(programme.intake_per_year * target.timelines.training.value_at(now),
                           programme.places);
    if (!before_run) mean = std::min(mean, source_left_[p]);
    long intake = whole_number(mean, draws);
    if (!before_run) {
        source_left_[p] -= static_cast<double>(intake);
        reach(ResolvedCost::Reach::Trainees, to, p, now, static_cast<double>(intake));
    }
    const bool internal = programme.from_group >= 0 && !before_run;
    for (long j = 0; j < intake; ++j) {
        const std::uint64_t key = key_for(Identity::Trainee, p, cohort * kPerCohort + j);
        std::uint32_t id;
        if (internal) {
            const int from = programme.from_group;
            if (members_.empty(from)) break;
            // A member at work (a few tries past those off sick), chosen by points of the
            // trainee's key among the members' keys, so that a variant whose members differ
            // elsewhere chooses the same person.
            id = members_.after(from, choice_point(key));
            for (std::uint64_t tries = 1; tries <= 8 && store_[id].state != PersonState::AtWork;
                 ++tries)
                id = members_.after(from, choice_point(key, tries));
            const double wte = store_[id].wte;
            exit_group(id, now, LeaveReason::ToTraining);
            if (recruitment_.refills_vacancies(programme.from_group))
                recruit_to(programme.from_group, now, wte, post_key_from(store_[id]), id, true);
        } else {
            id = store_.allocate(static_cast<std::uint16_t>(to), PersonState::InTraining, key);
            store_[id].wte = static_cast<float>(target.post_wte());
            join_at_drawn_age(id, now, programme.age_bands);  // service counts from the intake
        }
        PersonRecord& r = store_[id];
        std::uint32_t trainee_counter = 0;
        sim::KeyedStream rng(key, kRecruitmentDraws, trainee_counter);
        const double duration = programme.duration_days.sample(rng);
        const bool drops_out = sim::uniform01(rng) < programme.attrition;
        const double step = now + (drops_out ? sim::uniform01(rng) * duration : duration);
        if (before_run && step <= 0.0) {  // taken in before the run: completed or left
            store_.release(id);
            continue;
        }
        r.group = static_cast<std::uint16_t>(to);
        r.state = PersonState::InTraining;
        r.route = programme.route;
        r.set(kDropsOut, drops_out);
        r.t_leave = r.t_absence = sim::kNever;
        r.t_transition = step;
        if (!internal) r.draws[kRecruitmentDraws] = trainee_counter;
        store_.details(id).programme = static_cast<std::int16_t>(p);
        const double at = std::max(now, 0.0);
        metrics_.change(to, catalogue_.trainees, at, 1.0);
        if (!before_run) metrics_.count(to, catalogue_.training_starts);
        if (programme.wte_while_training > 0.0)
            metrics_.add_trainee_wte(to, at, programme.wte_while_training * r.wte);
        schedule(id);
    }
}

// A trainee completes into the target group (into a vacant post if there is one) or leaves.
// Completers who are not retained leave within their first year.
void WorkforceModel::training_step(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int to = r.group;
    const TrainingRates& programme = today_->training[store_.details(id).programme];
    metrics_.change(to, catalogue_.trainees, now, -1.0);
    if (programme.wte_while_training > 0.0)
        metrics_.add_trainee_wte(to, now, -programme.wte_while_training * r.wte);
    if (r.has(kDropsOut)) {
        metrics_.count(to, catalogue_.training_attrition);
        store_.release(id);
        return;
    }
    metrics_.count(to, catalogue_.training_completions);
    take_a_post(to, now, r.wte, post_key_from(r), id);
    PersonRecord& in_post = store_[id];  // a vacancy opened may have grown the store
    PersonDetails& d = store_.details(id);
    if (programme.from_group < 0) d.start_day = now;  // internal trainees keep their service
    d.leave_multiplier = 1.0f;
    start_in_post(id, now, programme.route);
    if (programme.retention < 1.0) {
        auto rng = in_post.stream(kLeavingDraws);
        if (sim::uniform01(rng) >= programme.retention) {
            // Within the first year, or at the maximum working age if that comes first.
            in_post.t_leave =
                std::min(now + sim::uniform01(rng) * kDaysPerYear,
                         leaving_.leave_time(to, now, clock(id), sim::kNever, horizon_));
            in_post.set(kNotRetained);
            in_post.set(kExtraLeave, false);
        } else {
            // Retained: still in post a year on, and from then on the group's hazard.
            draw_leave_time(id, now + kDaysPerYear);
        }
        schedule(id);
    }
}

}  // namespace wfsim::models
