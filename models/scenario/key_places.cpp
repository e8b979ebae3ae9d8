#include "models/scenario/key_places.hpp"

namespace wfsim::models {

void KeyPlaces::record(std::string path, KeyPlace place) {
    places_.emplace(std::move(path), std::move(place));
}

const KeyPlace* KeyPlaces::find(std::string_view path) const {
    while (true) {
        if (const auto it = places_.find(path); it != places_.end()) return &it->second;
        const std::size_t dot = path.rfind('.');
        if (dot == std::string_view::npos) return nullptr;
        path = path.substr(0, dot);
    }
}

Diagnostic diagnostic_at(const KeyPlaces& places, const std::string& fallback_file,
                         std::string path, std::string message) {
    if (const KeyPlace* place = places.find(path))
        return Diagnostic{place->file, place->line, place->column, std::move(path),
                          std::move(message)};
    return Diagnostic{fallback_file, 0, 0, std::move(path), std::move(message)};
}

}  // namespace wfsim::models
