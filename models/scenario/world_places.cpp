#include "models/scenario/world_places.hpp"

namespace wfsim::models {

std::string place_text(const KeyPlace& place) {
    if (place.line <= 0) return place.file;
    return place.file + ":" + std::to_string(place.line) + ":" + std::to_string(place.column);
}

WorldPlaces::WorldPlaces(const YAML::Node& tree, const KeyPlaces& places) {
    walk(tree, "", places);
}

void WorldPlaces::note(schema::Position at, const std::string& path, const KeyPlaces& places) {
    if (at.line <= 0) return;
    if (const KeyPlace* given = places.find(path))
        baseline_.emplace(std::pair{at.line, at.column}, place_text(*given));
}

// Each key and each scalar value is named by its key path's place (or the nearest key holding it
// that has one: a value the file left to its default is named where its object was given). A map
// or list starts where its first key or item does, which is named by its own path.
void WorldPlaces::walk(const YAML::Node& node, const std::string& path, const KeyPlaces& places) {
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!it->first.IsScalar()) continue;
            const std::string here = schema::join_path(path, it->first.Scalar());
            note(schema::position_of(it->first), here, places);
            if (it->second.IsScalar()) note(schema::position_of(it->second), here, places);
            walk(it->second, here, places);
        }
    } else if (node.IsSequence()) {
        std::size_t i = 0;
        for (auto it = node.begin(); it != node.end(); ++it, ++i) {
            const std::string here = path + "[" + std::to_string(i) + "]";
            if (it->IsScalar()) note(schema::position_of(*it), here, places);
            walk(*it, here, places);
        }
    }
}

std::optional<std::string> WorldPlaces::name(schema::Position position,
                                             const schema::OverrideOrigins& origins) const {
    if (const auto* origin = origins.find(position)) {
        const auto change = changes_.find(origin->label);
        if (change != changes_.end()) return change->second;
        return std::nullopt;
    }
    const auto it = baseline_.find({position.line, position.column});
    if (it == baseline_.end()) return std::nullopt;
    return it->second;
}

}  // namespace wfsim::models
