// Vacancies and how they are filled: advertising, the labour pool, the time to hire; arrivals by
// other routes taking vacant posts; and the establishment changing over time.
#include <cmath>

#include "models/scenario/band_profile.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

// Record `id` (a leaver's slot, or a fresh one) becomes a vacant post of group g.
void WorkforceModel::open_vacancy(std::uint32_t id, int g, double now, double wte) {
    store_.reset(id, static_cast<std::uint16_t>(g), PersonState::Searching,
                 key_for(Identity::Vacancy, g, vacancies_opened_[g]++));
    PersonRecord& r = store_[id];
    r.wte = static_cast<float>(wte);
    auto rng = r.stream(kRecruitmentDraws);
    const auto step = recruitment_.open_vacancy(g, now, rng);
    r.state = step.state;
    r.t_transition = step.until;
    if (r.state == PersonState::Searching) vacancies_.insert(store_, g, id);
    metrics_.recruitment_opens(g);
    schedule(id);
}

void WorkforceModel::new_vacancy(int g, double now, double wte) {
    const std::uint32_t id =
        store_.allocate(static_cast<std::uint16_t>(g), PersonState::Searching, 0);
    open_vacancy(id, g, now, wte);
}

// A vacancy finds its candidate; with a labour pool, only while the pool has one.
void WorkforceModel::candidate_found(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    if (!take_from_pool(g, r)) {
        r.set(kWaitingForPool);
        r.t_transition = sim::kNever;
        waiting_[g].push_back(id);
        metrics_.change(g, catalogue_.waiting_for_candidates, now, 1.0);
        return;
    }
    vacancies_.erase(store_, g, id);
    auto rng = r.stream(kRecruitmentDraws);
    r.state = PersonState::Pipeline;
    r.t_transition = recruitment_.start_after_offer(g, now, rng);
    schedule(id);
}

// Newly qualified candidates first, then experienced ones; an unlimited pool always has one.
bool WorkforceModel::take_from_pool(int g, PersonRecord& r) {
    if (!resolved_.groups[g].pool_limited) return true;
    if (newly_qualified_pool_[g] >= 1.0) {
        newly_qualified_pool_[g] -= 1.0;
        r.set(kNewlyQualified);
        return true;
    }
    if (experienced_pool_[g] >= 1.0) {
        experienced_pool_[g] -= 1.0;
        return true;
    }
    return false;
}

// After the pool refills, the vacancies waiting for it, first come first served.
void WorkforceModel::serve_waiting(int g, double now) {
    auto& queue = waiting_[g];
    std::size_t& head = waiting_head_[g];
    while (head < queue.size()) {
        const std::uint32_t id = queue[head];
        PersonRecord& r = store_[id];
        // Filled or cut meanwhile; the slot may since hold a vacancy of another group.
        if (r.state != PersonState::Searching || !r.has(kWaitingForPool) || r.group != g) {
            ++head;
            continue;
        }
        if (!take_from_pool(g, r)) break;
        ++head;
        r.set(kWaitingForPool, false);
        metrics_.change(g, catalogue_.waiting_for_candidates, now, -1.0);
        vacancies_.erase(store_, g, id);
        auto rng = r.stream(kRecruitmentDraws);
        r.state = PersonState::Pipeline;
        r.t_transition = recruitment_.start_after_offer(g, now, rng);
        schedule(id);
    }
    if (head > 0 && head * 2 >= queue.size()) {
        queue.erase(queue.begin(), queue.begin() + static_cast<std::ptrdiff_t>(head));
        head = 0;
    }
}

// The candidate starts: their WTE (the post's, or drawn from the hires' profile) and age.
void WorkforceModel::hire_starts(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    const GroupRates& rates = resolved_.groups[g];
    metrics_.recruitment_closes(g);
    if (!rates.hire_wte.empty()) {
        auto demography = r.stream(kDemographyDraws);
        const double u = sim::uniform01(demography);
        double cumulative = 0.0;
        std::size_t i = 0;
        while (i + 1 < rates.hire_wte.size() && u >= cumulative + rates.hire_wte[i].share)
            cumulative += rates.hire_wte[i++].share;
        r.wte = static_cast<float>(rates.hire_wte[i].wte);
    }
    const auto& bands =
        r.has(kNewlyQualified) ? rates.newly_qualified_age_bands : rates.hire_age_bands;
    join_at_drawn_age(id, now, bands);
    store_.details(id).leave_multiplier = 1.0f;
    r.set(kNewlyQualified, false);
    start_in_post(id, now, Route::Domestic);
}

// Someone arriving by another route (international, training, a return, a transfer) takes a
// vacant post of the group if there is one: that vacancy closes. Returns its WTE (0: none).
double WorkforceModel::fill_a_vacancy(int g) {
    const auto& open = vacancies_.of(g);
    if (open.empty()) return 0.0;
    const std::uint32_t id = open.back();
    PersonRecord& r = store_[id];
    const double wte = r.wte;
    if (r.has(kWaitingForPool)) metrics_.change(g, catalogue_.waiting_for_candidates, 0.0, -1.0);
    vacancies_.erase(store_, g, id);
    metrics_.recruitment_closes(g);
    store_.release(id);
    return wte;
}

// An arrival by a route other than hiring takes a vacant post if there is one (returning its WTE,
// or 0 if there was none); if not, they are
// over establishment, and the next post of that WTE to fall vacant is not refilled (or growth
// absorbs it), so the group comes back to its establishment.
double WorkforceModel::take_a_post(int g, double wte) {
    const double post = fill_a_vacancy(g);
    if (post <= 0.0 && recruitment_.refills_vacancies(g)) posts_to_cut_[g] += wte;
    return post;
}

// A new establishment: growth opens posts (after restoring any cut not yet made); a cut closes
// advertised vacancies first and then does not refill leavers' posts until it is made.
void WorkforceModel::change_establishment(int g, double now, double wte) {
    double delta = wte - establishment_[g];
    establishment_[g] = wte;
    metrics_.set_establishment(g, now, wte);
    if (!recruitment_.refills_vacancies(g)) return;
    const double per_head = resolved_.groups[g].wte_per_head;
    if (delta > 0.0) {
        const double restored = std::min(posts_to_cut_[g], delta);
        posts_to_cut_[g] -= restored;
        delta -= restored;
        while (delta > 1e-6) {
            const double post = std::min(delta, per_head);
            new_vacancy(g, now, post);
            delta -= post;
        }
        return;
    }
    double cut = -delta;
    while (cut > 1e-6 && !vacancies_.of(g).empty()) {
        PersonRecord& r = store_[vacancies_.of(g).back()];
        if (r.wte > cut + 1e-9) {
            r.wte = static_cast<float>(r.wte - cut);  // a smaller post
            cut = 0.0;
        } else {
            cut -= fill_a_vacancy(g);
        }
    }
    if (cut > 1e-6) posts_to_cut_[g] += cut;
}

// The group's Poisson stream of hires brings one more person, who starts at once.
void WorkforceModel::inflow_arrives(std::uint32_t id, double now) {
    PersonRecord& source = store_[id];
    const int g = source.group;
    auto rng = source.stream(kRecruitmentDraws);
    source.t_transition = recruitment_.next_inflow(g, now, rng);
    schedule(id);
    // Allocation may move the store: `source` is not used after this point.
    const std::uint32_t hire =
        store_.allocate(static_cast<std::uint16_t>(g), PersonState::Pipeline,
                        key_for(Identity::InflowHire, g, inflow_hires_[g]++));
    store_[hire].wte = static_cast<float>(resolved_.groups[g].wte_per_head);
    metrics_.recruitment_opens(g);  // hire_starts closes it
    hire_starts(hire, now);
}

}  // namespace wfsim::models
