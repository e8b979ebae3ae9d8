// The metrics recorder against hand-computed values: integrals in the order-free form, stocks at
// month ends, the share over 55 by month of reaching 55, and stayers over 12 months.
#include <catch2/catch.hpp>
#include <cmath>

#include "models/calibration/calibration.hpp"
#include "models/metrics/metrics_recorder.hpp"

using namespace wfsim;
using models::MetricsRecorder;

namespace {

models::ResolvedScenario two_groups_two_sectors() {
    models::Scenario s;
    s.name = "metrics";
    s.start = sim::Date::from_ymd(2023, 1, 1);  // January 2023: 31 days
    s.months = 24;
    for (const char* name : {"a", "b"}) {
        models::GroupSpec g;
        g.name = name;
        g.sector = std::string(name) == "a" ? "nhs" : "care";
        g.headcount = 10;
        g.leaving.hazard_per_year = 0.0;
        s.groups.push_back(g);
    }
    return models::resolve_scenario(s);
}

struct Fixture {
    models::ResolvedScenario resolved = two_groups_two_sectors();
    const sim::TimeAxis& axis = resolved.axis;
    MetricsRecorder recorder{resolved};
    models::ReplicationResult result;
    double at(int metric, int month, int unit) const {
        return result.metric(recorder.layout(), metric)[month * 5 + unit];
    }
};

}  // namespace

TEST_CASE("integrals do not depend on the order of events in a month", "[metrics]") {
    Fixture f;
    f.recorder.begin(f.result);
    f.recorder.add_staff(0, 0.0, 1.0f, 99);
    f.recorder.add_staff(0, 0.0, 0.5f, 99);
    f.recorder.set_establishment(0, 0.0, 2.0);
    f.recorder.open_first_month();
    // Out of time order on purpose: a leaver at day 20, a joiner at day 10, absence 5 to 15.
    f.recorder.remove_staff(0, 20.0, 1.0f, 99, -1);
    f.recorder.add_staff(0, 10.0, 0.8f, 99);
    f.recorder.absence_ends(0, 15.0, 0.5f);
    f.recorder.absence_starts(0, 5.0, 0.5f);
    f.recorder.close_month(0);
    using namespace models;
    CHECK(f.at(kHeadcount, 0, 0) == 2.0);
    CHECK(f.at(kWte, 0, 0) == Approx(1.3));
    CHECK(f.at(kVacanciesWte, 0, 0) == Approx(0.7));
    CHECK(f.at(kJoiners, 0, 0) == 1.0);  // the starting staff are not joiners
    CHECK(f.at(kLeavers, 0, 0) == 1.0);
    // Person-days: 2 * 31 - (31 - 20) + (31 - 10) = 72.
    CHECK(f.at(kHeadcountDays, 0, 0) == Approx(72.0));
    // WTE-days: 1.5 * 31 - 1.0 * 11 + 0.8 * 21 = 52.3.
    CHECK(f.at(kWteDays, 0, 0) == Approx(52.3));
    CHECK(f.at(kAbsenceWteDays, 0, 0) == Approx(0.5 * 10));
    CHECK(f.at(kEstablishmentWteDays, 0, 0) == Approx(62.0));
    // The next month opens from the levels: 2 people all February.
    f.recorder.close_month(1);
    CHECK(f.at(kHeadcountDays, 1, 0) == Approx(2 * 28));
    CHECK(f.at(kJoiners, 1, 0) == 0.0);
}

TEST_CASE("sectors and the total are sums of their groups", "[metrics]") {
    Fixture f;
    f.recorder.begin(f.result);
    for (int i = 0; i < 3; ++i) f.recorder.add_staff(0, 0.0, 1.0f, 99);
    for (int i = 0; i < 5; ++i) f.recorder.add_staff(1, 0.0, 1.0f, 99);
    f.recorder.open_first_month();
    f.recorder.close_month(0);
    using models::kHeadcount;
    CHECK(f.at(kHeadcount, 0, 2) == 3.0);  // nhs = a
    CHECK(f.at(kHeadcount, 0, 3) == 5.0);  // care = b
    CHECK(f.at(kHeadcount, 0, 4) == 8.0);
}

TEST_CASE("staff are counted over 55 from the month end at which they are 55", "[metrics]") {
    Fixture f;
    f.recorder.begin(f.result);
    f.recorder.add_staff(0, 0.0, 1.0f, -1);  // already over 55
    f.recorder.add_staff(0, 0.0, 1.0f, 2);   // 55 by the end of March
    f.recorder.add_staff(0, 0.0, 1.0f, 30);  // not within the run
    f.recorder.open_first_month();
    f.recorder.close_month(0);
    f.recorder.close_month(1);
    CHECK(f.at(models::kOver55, 1, 0) == 1.0);
    // One who reaches 55 this month joins and leaves within it: never counted.
    f.recorder.add_staff(0, 70.0, 1.0f, 2);
    f.recorder.remove_staff(0, 75.0, 1.0f, 2, 2);
    f.recorder.close_month(2);
    CHECK(f.at(models::kOver55, 2, 0) == 2.0);
    f.recorder.remove_staff(0, 100.0, 1.0f, -1, -1);
    f.recorder.close_month(3);
    CHECK(f.at(models::kOver55, 3, 0) == 1.0);
}

TEST_CASE("stayers over 12 months: the headcount then less those of them who left", "[metrics]") {
    Fixture f;
    f.recorder.begin(f.result);
    for (int i = 0; i < 10; ++i) f.recorder.add_staff(0, 0.0, 1.0f, 99);
    f.recorder.open_first_month();
    // Month 0: one starting member leaves. Month 3: a joiner arrives, and leaves in month 14.
    f.recorder.remove_staff(0, 5.0, 1.0f, 99, -1);
    for (int m = 0; m < 3; ++m) f.recorder.close_month(m);
    f.recorder.add_staff(0, 100.0, 1.0f, 99);  // joins in month 3
    for (int m = 3; m < 14; ++m) f.recorder.close_month(m);
    CHECK(std::isnan(f.at(models::kStayers12m, 10, 0)));
    // End of month 11: 10 at the start, 1 of them left, so 9 stayed; the joiner does not count.
    CHECK(f.at(models::kHeadcount12mAgo, 11, 0) == 10.0);
    CHECK(f.at(models::kStayers12m, 11, 0) == 9.0);
    CHECK(f.at(models::kHeadcount, 11, 0) == 10.0);
    // End of month 12: the window starts at the end of month 0 (9 in post).
    CHECK(f.at(models::kHeadcount12mAgo, 12, 0) == 9.0);
    CHECK(f.at(models::kStayers12m, 12, 0) == 9.0);
    f.recorder.remove_staff(0, f.axis.month_start_day(14) + 3.0, 1.0f, 99, 3);  // the joiner
    f.recorder.close_month(14);
    // Window from the end of month 2 (9 in post; the joiner came later): all 9 stayed.
    CHECK(f.at(models::kStayers12m, 14, 0) == 9.0);
    f.recorder.close_month(15);
    // Window from the end of month 3 (10 in post, the joiner included): the joiner left.
    CHECK(f.at(models::kHeadcount12mAgo, 15, 0) == 10.0);
    CHECK(f.at(models::kStayers12m, 15, 0) == 9.0);
}
