// Vacancies and how they are filled: advertising, the labour pool, the time to hire; arrivals by
// other routes taking vacant posts; and the establishment changing over time.
#include <cmath>

#include "models/scenario/band_profile.hpp"
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

// Record `id` (a leaver's slot, or a fresh one) becomes a vacant post of group g, keyed `key`.
void WorkforceModel::open_vacancy(std::uint32_t id, int g, double now, double wte,
                                  std::uint64_t key) {
    store_.reset(id, static_cast<std::uint16_t>(g), PersonState::Searching, key);
    PersonRecord& r = store_[id];
    r.wte = static_cast<float>(wte);
    auto rng = r.stream(kRecruitmentDraws);
    const auto step = recruitment_.open_vacancy(g, now, rng);
    r.state = step.state;
    r.t_transition = step.until;
    if (r.state == PersonState::Searching && recruitment_.search_rises(g) && step.until > now)
        add_extra_candidate(r, now, 0);
    if (r.state == PersonState::Searching) vacancies_.insert(store_, g, id);
    metrics_.recruitment_opens(g);
    schedule(id);
}

// `wte` of the establishment falls vacant in group g on behalf of record `owner` (a leaver's
// post, the rest of a post an arrival of smaller WTE took), or is taken beyond a post (negative:
// an arrival of larger WTE, or with no post to take). Posts are WTE, and what is not a whole
// hire's WTE is rounded by the owner, never by the group's running balance: the owner carries
// what it has given and not yet advertised (PersonDetails::owed), opens the next hire's vacancy
// (in `slot` if given, the leaver's record, else in a new one) while that is at least
// (1 - u) of the hire's WTE, and closes an advertised vacancy while it is below -u of the
// vacancy's, u being the owner's own uniform (rounding_offset). So a post falls vacant, and the
// person hired into it draws the same random numbers, in every variant whatever else differs in
// the group: a variant that keeps one person in post changes that person's posts and nobody
// else's. The rounding is systematic per owner: over an owner's stay the posts it opens and
// closes are its WTE to within one post, and the leftover has mean zero over u. An arrival's
// part (an international recruit at 1.0 WTE in a 0.88 post closes another vacancy with chance
// 0.12 / 0.88) is undone when they leave (the same u reopens it), so the group's WTE stays at its
// establishment on average. What an owner leaving the group (`settle`) has not made whole goes
// to the group's WTE to recruit to (to_recruit_, settle_group), as do arrivals with no vacancy
// to close; while that is negative (a cut, or staff over establishment) it holds back the next
// posts to fall vacant. A whole hire's vacancy is keyed from `key` (the first takes it, the n-th
// after it hash_combine(key, n)), derived from who changed the WTE (post_key_from); the
// vacancies it closes are chosen from choice_point(key, n), n >= 1.
void WorkforceModel::recruit_to(int g, double now, double wte, std::uint64_t key,
                                std::uint32_t owner, bool settle, std::uint32_t slot) {
    const std::uint32_t leaver_slot = slot;
    double owed = wte + store_.details(owner).owed;
    const double u = rounding_offset(store_[owner].key);
    double& held = to_recruit_[g];
    const double hold = group_offset_[g];
    for (std::uint64_t n = 0;; ++n) {
        if (owed <= 1e-6) break;
        const std::uint64_t post = n == 0 ? key : sim::hash_combine(key, n);
        const double hire = hire_wte(g, post);
        if (owed < hire - 1e-6 && owed < (1.0 - u) * hire) break;
        owed -= hire;
        if (held < -hold * hire) {  // held back: a cut not yet made, or staff over establishment
            held += hire;
            continue;
        }
        if (slot == kNoSlot) {
            new_vacancy(g, now, hire, post);
        } else {
            open_vacancy(slot, g, now, hire, post);
            slot = kNoSlot;
        }
    }
    for (std::uint64_t n = 1; owed < -1e-6; ++n) {
        if (vacancies_.empty(g)) {  // none to close: over establishment
            held += owed;
            owed = 0.0;
            break;
        }
        const std::uint32_t id = vacancies_.after(g, choice_point(key, n));
        if (owed >= -u * store_[id].wte) break;
        owed += close_vacancy(g, id);
    }
    // A post refilled at its own WTE leaves nothing over but float rounding.
    if (std::fabs(owed) < 1e-6) owed = 0.0;
    if (settle) {
        if (owed != 0.0) {
            held += owed;
            settle_group(g, now, rounded_post_key(g, now));
        }
        owed = 0.0;
    }
    if (slot != kNoSlot) {
        store_.release(slot);
    }
    if (leaver_slot != owner) store_.details(owner).owed = static_cast<float>(owed);
}

// The group's own WTE to recruit to (what no owner carries: changes of the establishment, what
// owners leaving left over, arrivals with no vacancy to close), rounded systematically by the
// group's uniform U: vacancies open while it is at least (1 - U) of a hire's WTE, keyed from
// `key`, and advertised vacancies close (chosen from choice_point(key, n)) while it is below -U
// of theirs. What changes it is the same in a variant as in the baseline (the establishment's
// changes are dated), so its decisions are too.
void WorkforceModel::settle_group(int g, double now, std::uint64_t key) {
    double& held = to_recruit_[g];
    const double hold = group_offset_[g];
    for (std::uint64_t n = 0; held > 1e-6; ++n) {
        const std::uint64_t post = n == 0 ? key : sim::hash_combine(key, n);
        const double hire = hire_wte(g, post);
        if (held < hire - 1e-6 && held < (1.0 - hold) * hire) break;
        held -= hire;
        new_vacancy(g, now, hire, post);
    }
    for (std::uint64_t n = 0; held < -1e-6 && !vacancies_.empty(g); ++n) {
        const std::uint32_t id = vacancies_.after(g, choice_point(key, n));
        if (held >= -hold * store_[id].wte) break;
        held += close_vacancy(g, id);
    }
    if (std::fabs(held) < 1e-6) held = 0.0;
}

// The key of the n-th post rounded from the group's own WTE to recruit to on the day of `now`
// (what owners leaving left over): counted within the day, so that a variant whose roundings
// differ on one day rounds by the baseline's keys again from the next day.
std::uint64_t WorkforceModel::rounded_post_key(int g, double now) {
    const auto day = static_cast<std::uint64_t>(std::max(0.0, now));
    if (rounding_day_[g] != day) {
        rounding_day_[g] = day;
        roundings_[g] = 0;
    }
    return key_for(Identity::RoundedPost, g, (day << 24) + roundings_[g]++);
}

// An owner's uniform for rounding its WTE to whole posts (recruit_to): fixed for its identity.
double WorkforceModel::rounding_offset(std::uint64_t key) {
    std::uint32_t counter = 2;  // draws 0 and 1 of the flow were a vacancy's rounding draws
    sim::KeyedStream stream(key, kRoundingDraws, counter);
    return sim::uniform01(stream);
}

// The WTE a hire into a vacancy keyed `key` will work: the group's post WTE, or drawn from the
// hires' profile by the first draw of the hire's demography stream (hire_starts makes it again).
double WorkforceModel::hire_wte(int g, std::uint64_t key) const {
    const GroupRates& rates = in_force(g);
    if (rates.hire_wte.empty()) return rates.post_wte();
    std::uint32_t counter = 0;
    sim::KeyedStream demography(key, kDemographyDraws, counter);
    return drawn_hire_wte(g, demography);
}

// A hire's WTE from the hires' profile (shares cumulated in hire_wte_upto).
double WorkforceModel::drawn_hire_wte(int g, sim::KeyedStream& demography) const {
    const GroupRates& rates = in_force(g);
    const double u = sim::uniform01(demography);
    const auto& upto = rates.hire_wte_upto;
    const auto i = std::upper_bound(upto.begin(), upto.end() - 1, u) - upto.begin();
    return rates.hire_wte[static_cast<std::size_t>(i)].wte;
}

void WorkforceModel::new_vacancy(int g, double now, double wte, std::uint64_t key) {
    const std::uint32_t id =
        store_.allocate(static_cast<std::uint16_t>(g), PersonState::Searching, 0);
    open_vacancy(id, g, now, wte, key);
}

// A vacancy finds its candidate; with a labour pool, only while the pool has one.
void WorkforceModel::candidate_found(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    if (!keep_candidate(r, now)) {  // a variant finds candidates more slowly: the search goes on
        schedule(id);
        return;
    }
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
    if (!in_force(g).pool_limited) return true;
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
    const GroupRates& rates = in_force(g);
    metrics_.recruitment_closes(g);
    if (!rates.hire_wte.empty()) {
        // The draw a vacancy was advertised for (recruit_to, by the profile in force then, so a
        // hire into it works the WTE advertised even if the profile changed since); a fixed
        // inflow's hire takes it here.
        auto demography = r.stream(kDemographyDraws);
        const double drawn = drawn_hire_wte(g, demography);
        if (!recruitment_.refills_vacancies(g)) r.wte = static_cast<float>(drawn);
    }
    const auto& bands =
        r.has(kNewlyQualified) ? rates.newly_qualified_age_bands : rates.hire_age_bands;
    join_at_drawn_age(id, now, bands);
    store_.details(id).leave_multiplier = 1.0f;
    r.set(kNewlyQualified, false);
    start_in_post(id, now, Route::Domestic);
}

// Someone arriving by another route (international, training, a return, a transfer) takes a
// vacant post of the group if there is one: that vacancy closes. Which one is chosen from `point`,
// the arrival's own (choice_point), among the vacancies open, so that in a variant the arrival
// takes the post it takes in the baseline unless their open vacancies differ near it. Returns its
// WTE (0: none).
double WorkforceModel::fill_a_vacancy(int g, std::uint64_t point) {
    if (vacancies_.empty(g)) return 0.0;
    return close_vacancy(g, vacancies_.after(g, point));
}

// Vacancy `id` of group g closes without a hire; returns its WTE.
double WorkforceModel::close_vacancy(int g, std::uint32_t id) {
    PersonRecord& r = store_[id];
    const double wte = r.wte;
    if (r.has(kWaitingForPool)) metrics_.change(g, catalogue_.waiting_for_candidates, 0.0, -1.0);
    vacancies_.erase(store_, g, id);
    metrics_.recruitment_closes(g);
    store_.release(id);
    return wte;
}

// An arrival of `wte` by a route other than hiring takes a vacant post if there is one, and the
// difference between its WTE and theirs is recruited to (or, negative, held back from the next
// posts to fall vacant): with no post, all of their WTE is over establishment. Returns the WTE of
// the post taken (0: none). `key` keys any vacancy this opens (the arrival's post_key_from) and
// the choice of the post taken.
double WorkforceModel::take_a_post(int g, double now, double wte, std::uint64_t key,
                                   std::uint32_t owner) {
    if (!recruitment_.refills_vacancies(g)) return 0.0;
    const double post = fill_a_vacancy(g, choice_point(key));
    recruit_to(g, now, post - wte, key, owner, false);
    return post;
}

// A new establishment changes the group's WTE to recruit to (settle_group): growth is recruited to
// (after what is over establishment is absorbed); a cut closes advertised vacancies, chosen from
// points keyed by the group and the day as an arrival's post is, and what remains holds back the
// posts that fall vacant until it is made.
void WorkforceModel::change_establishment(int g, double now, double wte) {
    const double delta = wte - establishment_[g];
    establishment_[g] = wte;
    metrics_.set_establishment(g, now, wte);
    if (!recruitment_.refills_vacancies(g)) return;
    const auto day = static_cast<std::uint64_t>(std::max(0.0, now));
    to_recruit_[g] += delta;
    // New posts are keyed by the group and the day they open; vacancies cut, chosen likewise.
    settle_group(g, now,
                 key_for(delta > 0.0 ? Identity::NewPost : Identity::EstablishmentCut, g, day));
}

// Hires as a share of the headcount: at the start of each month, each such group's stream runs at
// the share times its headcount in post then, for the month. A Poisson stream has no memory, so
// drawing its next hire afresh at the new rate is exact.
void WorkforceModel::follow_headcount(double now) {
    for (std::size_t gi = 0; gi < inflow_per_day_.size(); ++gi) {
        const int g = static_cast<int>(gi);
        if (!recruitment_.inflow_follows_headcount(g)) continue;
        const double rate =
            recruitment_.hires_share_per_year(g) * metrics_.headcount_now(g) / kDaysPerYear;
        if (rate == inflow_per_day_[gi]) continue;
        inflow_per_day_[gi] = rate;
        PersonRecord& source = store_[inflow_source_[gi]];
        auto rng = source.stream(kRecruitmentDraws);
        source.t_transition = recruitment_.next_inflow(rate, now, rng);
        schedule(inflow_source_[gi]);
    }
}

// The group's Poisson stream of hires brings one more person, who starts at once. The hire is
// keyed by the stream's draw that brought them, so that a variant keeping some of the stream's
// hires (or adding its own, from a second stream) gives each the baseline's hire's key.
void WorkforceModel::inflow_arrives(std::uint32_t id, double now) {
    PersonRecord& source = store_[id];
    const int g = source.group;
    const bool extra = source.has(kExtraInflow);
    const std::uint64_t identity =
        (extra ? std::uint64_t{1} << 32 : 0) + source.draws[kRecruitmentDraws];
    auto rng = source.stream(kRecruitmentDraws);
    bool kept = true;
    if (extra) {
        source.t_transition = recruitment_.extra_inflow(g, now, sim::standard_exponential(rng));
    } else {
        source.t_transition = recruitment_.next_inflow(inflow_per_day_[g], now, rng);
        if (recruitment_.inflow_differs(g) && recruitment_.inflow_ratio(g, now) < 1.0) {
            std::uint32_t side_draws = 0;
            sim::KeyedStream side(
                sim::side_key(source.key, kRecruitmentDraws, source.draws[kRecruitmentDraws], 1), 0,
                side_draws);
            kept = sim::uniform01(side) < recruitment_.inflow_ratio(g, now);
        }
    }
    schedule(id);
    if (!kept) return;
    // Allocation may move the store: `source` is not used after this point.
    const std::uint32_t hire = store_.allocate(static_cast<std::uint16_t>(g), PersonState::Pipeline,
                                               key_for(Identity::InflowHire, g, identity));
    store_[hire].wte = static_cast<float>(resolved_->groups[g].post_wte());
    metrics_.recruitment_opens(g);  // hire_starts closes it
    hire_starts(hire, now);
}

}  // namespace wfsim::models
