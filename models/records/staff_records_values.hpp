#pragma once
// The values of a staff record as written in an extract: dates in the ISO or the NHS ESR style,
// numbers, ages; each reading either gives the value or says what was wrong with the text.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "sim/civil_date.hpp"

namespace wfsim::models::staff_values {

// `text` without the spaces and tabs around it.
std::string_view trim(std::string_view text);

// `text` with the letters A-Z in lower case.
std::string lower(std::string_view text);

// 'text' for messages: shortened to 40 characters, line breaks written as \n and \r.
std::string shown(std::string_view text);

// A value read from its text, or the message saying what was expected and what was found.
template <class T>
using Reading = std::variant<T, std::string>;

// YYYY-MM-DD, or DD/MM/YYYY as in ESR extracts (day and month may have one digit): a real
// calendar date in the years 1800 to 2300.
Reading<sim::Date> read_date(std::string_view text);

// A plain decimal number (12, 0.8, .5, 1e0) within [min, max], or (min, max] when
// `min_exclusive`.
Reading<double> read_number(std::string_view text, double min, double max, bool min_exclusive);

// Whole years completed at `on` by someone born on `birth` (negative when born after `on`).
int age_on(sim::Date birth, sim::Date on);

// The date of birth an age in years at `as_of` stands for: as_of - age x 365.25 days, rounded to
// the day.
sim::Date birth_from_age(double age, sim::Date as_of);

}  // namespace wfsim::models::staff_values
