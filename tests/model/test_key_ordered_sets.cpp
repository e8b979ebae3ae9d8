// The sets of vacancies and members a choice is made from (models/workforce/key_ordered_sets.hpp):
// a choice is the first key at or after a point, wrapping round, whatever order the members came
// in and however the set has grown or shrunk; so two runs whose sets differ in a few members
// mostly choose the same one.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <vector>

#include "models/workforce/key_ordered_sets.hpp"
#include "sim/random_stream.hpp"

using namespace wfsim;
using models::KeyOrderedSets;
using models::PersonStore;

namespace {

// The reference: the smallest key at or after `point`, else the smallest key.
std::uint64_t first_at_or_after(const std::set<std::uint64_t>& keys, std::uint64_t point) {
    const auto it = keys.lower_bound(point);
    return it != keys.end() ? *it : *keys.begin();
}

}  // namespace

TEST_CASE("a choice is the first key at or after the point, in any order of insertion",
          "[model][key_ordered_sets]") {
    PersonStore store;
    KeyOrderedSets sets;
    sets.reset(2, {true, true});
    std::mt19937_64 rng(7);
    std::vector<std::uint32_t> ids;
    std::set<std::uint64_t> keys;
    for (int i = 0; i < 3000; ++i) {
        const std::uint64_t key = sim::mix64(rng());
        const std::uint32_t id = store.allocate(1, models::PersonState::Searching, key);
        sets.insert(store, 1, id);
        ids.push_back(id);
        keys.insert(key);
    }
    // Removal at random down to a few (the buckets halve several times), checking choices from
    // random points and from the members' own keys as it goes.
    std::shuffle(ids.begin(), ids.end(), rng);
    for (std::size_t i = 0; i + 3 < ids.size(); ++i) {
        if (i % 97 == 0) {
            REQUIRE(sets.size(1) == keys.size());
            for (int k = 0; k < 20; ++k) {
                const std::uint64_t point = rng();
                CHECK(store[sets.after(1, point)].key == first_at_or_after(keys, point));
            }
            const std::uint64_t own = store[ids[i]].key;
            CHECK(store[sets.after(1, own)].key == own);
            CHECK(store[sets.after(1, own + 1)].key == first_at_or_after(keys, own + 1));
        }
        keys.erase(store[ids[i]].key);
        sets.erase(store, 1, ids[i]);
    }
    REQUIRE(sets.size(1) == 3);
    CHECK(store[sets.after(1, ~std::uint64_t{0})].key == *keys.begin());  // wraps round
    CHECK(sets.empty(0));
}

TEST_CASE("sets differing in a few members choose differently only next to those members",
          "[model][key_ordered_sets]") {
    // Two sets of 1,000 alike but for 10 members of each: a point's choices differ exactly where
    // the first key at or after it of either set is one the other lacks.
    PersonStore store;
    KeyOrderedSets sets;
    sets.reset(2, {true, true});
    std::set<std::uint64_t> all, shared;
    for (std::uint64_t i = 0; i < 1010; ++i) {
        const std::uint64_t key = sim::mix64(i + 1);
        if (i < 1000) sets.insert(store, 0, store.allocate(0, models::PersonState::Searching, key));
        if (i >= 10) sets.insert(store, 1, store.allocate(1, models::PersonState::Searching, key));
        all.insert(key);
        if (i >= 10 && i < 1000) shared.insert(key);
    }
    int differ = 0;
    const int points = 20000;
    for (int k = 0; k < points; ++k) {
        const std::uint64_t point = sim::mix64(0x5eed0000ULL + static_cast<std::uint64_t>(k));
        const bool same = store[sets.after(0, point)].key == store[sets.after(1, point)].key;
        CHECK(same == (shared.count(first_at_or_after(all, point)) == 1));
        differ += !same;
    }
    // About 20 in 1,010 of the points (the gaps before the 20 members not shared).
    CHECK(differ < points / 20);
}
