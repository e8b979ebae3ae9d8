#pragma once
// Where the values of a variant's world were really given. A world is the resolved scenario,
// written out and read back, with the variant's changes applied as overrides, so its nodes have
// places in that generated text, not in the file. WorldPlaces maps them back: a value of the
// baseline to where the file (or `defaults`, or a `--set`) gave it, a value a change brought to
// the intervention that made the change; a message that names another key's place ("'turnover'
// (at ...) and 'hazard_per_year' are alternatives") then names the real file:line:column.
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "models/scenario/key_places.hpp"
#include "models/scenario/schema/override_origins.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"

namespace wfsim::models {

// "file:line:column", or the override's label where the place has no line.
std::string place_text(const KeyPlace& place);

class WorldPlaces {
  public:
    // `tree`: the baseline's resolved scenario as read from its text; `places`: where each of
    // the baseline's key paths was given.
    WorldPlaces(const YAML::Node& tree, const KeyPlaces& places);

    // The place of a change's value: positions in `origins`' block labelled `label` are named
    // `place` (the intervention's).
    void add_change(std::string label, std::string place) {
        changes_.emplace(std::move(label), std::move(place));
    }

    // Where the value at `position` of the world read with `origins` was given, if known.
    std::optional<std::string> name(schema::Position position,
                                    const schema::OverrideOrigins& origins) const;

  private:
    void walk(const YAML::Node& node, const std::string& path, const KeyPlaces& places);
    void note(schema::Position at, const std::string& path, const KeyPlaces& places);

    std::map<std::pair<int, int>, std::string> baseline_;
    std::map<std::string, std::string> changes_;  // override label -> the intervention's place
};

}  // namespace wfsim::models
