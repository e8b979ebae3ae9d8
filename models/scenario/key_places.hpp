#pragma once
// Where each key of a scenario was given, by key path, as the loader saw it: the line and column
// in the file, the entry of `defaults` a group took a value from, or the override (`--set`) that
// set it. Problems found after loading (calibration) are reported there.
#include <map>
#include <string>
#include <string_view>

#include "models/scenario/diagnostic.hpp"

namespace wfsim::models {

struct KeyPlace {
    std::string file;  // the file, or an override's label ("--set years=3") with line 0
    int line = 0;      // 1-based; 0 when the place has no line
    int column = 0;
};

class KeyPlaces {
  public:
    // The first place recorded for a path is kept.
    void record(std::string path, KeyPlace place);
    // The place of `path`, else of the nearest key that holds it ("groups.a.leaving" for
    // "groups.a.leaving.turnover"); null when none was recorded.
    const KeyPlace* find(std::string_view path) const;
    bool empty() const { return places_.empty(); }

  private:
    std::map<std::string, KeyPlace, std::less<>> places_;
};

// A problem with the value at `path`, placed where that value was given; at `fallback_file`
// without a line when no place is known.
Diagnostic diagnostic_at(const KeyPlaces& places, const std::string& fallback_file,
                         std::string path, std::string message);

}  // namespace wfsim::models
