// The edit distance behind did-you-mean, with and without a limit past which it stops early.
#include <catch2/catch.hpp>
#include <random>

#include "models/scenario/yaml/closest_key.hpp"

using wfsim::models::schema::edit_distance;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[scenario]") {
    CHECK(edit_distance("turnover", "turnover") == 0);
    CHECK(edit_distance("turnover", "turnovr") == 1);
    CHECK(edit_distance("turnover", "tunrover") == 1);  // a swap of neighbours
    CHECK(edit_distance("leaving", "leavng") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("abc", "") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("a limited edit distance is exact up to the limit and limit + 1 beyond it",
          "[scenario]") {
    std::mt19937 random(7);
    const std::string letters = "abcab";
    for (int i = 0; i < 2000; ++i) {
        std::string a(random() % 12, 'a'), b(random() % 12, 'a');
        for (char& c : a) c = letters[random() % letters.size()];
        for (char& c : b) c = letters[random() % letters.size()];
        const std::size_t full = edit_distance(a, b);
        for (std::size_t limit = 0; limit < 8; ++limit) {
            INFO(a << " / " << b << ", limit " << limit);
            CHECK(edit_distance(a, b, limit) == std::min(full, limit + 1));
        }
    }
}
