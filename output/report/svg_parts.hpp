#pragma once
// What every chart of the report shares: coordinates printed to 0.1 px (so the output is
// byte-identical for the same data), round tick steps, and the Okabe-Ito palette with a dash
// pattern per style, so that no series is told apart by colour alone.
#include <string>

namespace wfsim::output::report::svg {

// Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.
inline constexpr const char* kColours[] = {"#0072B2", "#D55E00", "#009E73", "#E69F00",
                                           "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
inline constexpr const char* kDashes[] = {"",    "6 3", "2 2",  "8 3 2 3",
                                          "4 4", "1 3", "10 2", "3 2 1 2"};
inline constexpr int kStyles = 8;

// A coordinate as printed: one decimal ("12.3").
std::string fixed(double v);

// A step of 1, 2 or 5 times a power of ten giving about `target` intervals over `range`.
double nice_step(double range, int target);

// The opening of a standalone chart: the <svg> element (with xmlns, id, size and the `chart`
// class), its <title>, a white background, the bold title and the subtitle beneath it.
std::string open_chart(const std::string& id, double width, double height, const std::string& title,
                       const std::string& subtitle);

}  // namespace wfsim::output::report::svg
