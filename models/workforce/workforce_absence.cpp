// Sickness absence events: a spell starts (only at work) or ends; a long-term spell may end in
// leaving.
#include "models/workforce/workforce_model.hpp"

namespace wfsim::models {

void WorkforceModel::start_at_work(std::uint32_t id, double now) {
    draw_next_onset(store_[id], id, now);
}

void WorkforceModel::absence_changes(std::uint32_t id, double now) {
    PersonRecord& r = store_[id];
    const int g = r.group;
    if (r.state == PersonState::AtWork) {
        // Thinned away: by pressure feedback, or by a variant whose onset rate is lower here
        // (asked inline first: the baseline and most groups of a variant keep every onset).
        if (!accept_onset(r) || (absence_.differs(g) && !keep_onset(r, id, now))) {
            draw_next_onset(r, id, now);
            schedule(id);
            return;
        }
        auto rng = r.stream(kAbsenceDraws);
        r.state = PersonState::Absent;
        r.set(kExtraOnset, false);
        metrics_.absence_starts(g, now, r.wte);
        const double days = absence_.spell_length(g, now, rng);
        r.t_absence = now + days;
        if (absence_.ends_in_leaving(g, now, days, rng)) r.set(kSpellEndsInLeaving);
        schedule(id);
        return;
    }
    if (r.has(kSpellEndsInLeaving)) {
        leave(id, now, LeaveReason::IllHealth);  // the spell ends with the person leaving
        return;
    }
    r.state = PersonState::AtWork;
    metrics_.absence_ends(g, now, r.wte);
    draw_next_onset(r, id, now);
    schedule(id);
}

}  // namespace wfsim::models
