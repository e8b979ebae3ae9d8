#pragma once
// Strict reading of a yaml-cpp tree: positions, duplicate and non-text keys, and scalars that
// must be written the way the format says (plain numbers, real dates, true/false). yaml-cpp 0.7
// accepts much more; everything here only reads nodes (never the inserting operator[]).
#include <yaml-cpp/yaml.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "models/scenario/diagnostic.hpp"
#include "models/scenario/key_places.hpp"
#include "sim/civil_date.hpp"

namespace wfsim::models::schema {

struct Position {
    int line = 0;  // 1-based; 0 when unknown
    int column = 0;
};
Position position_of(const YAML::Node& node);
std::string position_text(Position position);  // "12:5"

std::string join_path(std::string_view parent, std::string_view key);

class OverrideOrigins;

// Sends errors of one file to a DiagnosticList and counts them. With overrides applied to the
// file's tree, a problem in an override's value is reported at the override ("--set years=0")
// instead of at a line of the file.
class Reporter {
  public:
    Reporter(DiagnosticList& list, std::string file) : list_(list), file_(std::move(file)) {}
    void attach(const OverrideOrigins* origins) { origins_ = origins; }
    // For a tree read from text made in code (a variant's world: the resolved scenario with its
    // changes), where each position's value was really given ("scenario.yaml:14:17"), so that a
    // message naming another key's place names it there; nullopt where it does not know.
    using PlaceNames = std::function<std::optional<std::string>(Position)>;
    void name_places(PlaceNames names) { names_ = std::move(names); }
    void error(Position where, std::string path, std::string message);
    // A place to name inside a message: "12:5", or the override.
    std::string place(Position where) const;
    // The same as a KeyPlace, for problems found after loading.
    KeyPlace key_place(Position where) const;
    int count() const { return count_; }
    const std::string& file() const { return file_; }
    // False once the list holds as many problems as it lists: messages need not be composed.
    bool listing() const { return list_.listing(); }

  private:
    DiagnosticList& list_;
    std::string file_;
    const OverrideOrigins* origins_ = nullptr;
    PlaceNames names_;
    int count_ = 0;
};

// What a node holds, for "expected ..., found ..." messages: "a map", "a list", "nothing",
// "'abc'", "the quoted string \"0.5\"".
std::string describe_found(const YAML::Node& node);

struct MapEntry {
    std::string key;
    Position key_position;
    YAML::Node value;
    // Where the value is; an empty value has no reliable place of its own, so its key's.
    Position value_position() const;
};

// The entries of a map node in file order. Keys must be text; a repeated key is reported (with
// where the first one was) and left out, so the first one counts. `reporter` may be null for a
// map whose problems are reported elsewhere.
class MapReader {
  public:
    MapReader(const YAML::Node& map, const std::string& path, Reporter* reporter);
    const MapEntry* find(std::string_view key) const;
    const std::vector<MapEntry>& entries() const { return entries_; }
    Position position() const { return position_; }

  private:
    std::vector<MapEntry> entries_;
    // Entry by key, once the map is large enough for a scan to cost more than a lookup.
    std::map<std::string, std::size_t, std::less<>> index_;
    Position position_;
};

// A value to read, with where it is and its key path.
struct ValueRef {
    const YAML::Node& node;
    Position position;
    std::string path;
};
ValueRef value_ref(const MapEntry& entry, std::string path);

// A number as written: the value and its text (for messages).
struct WrittenNumber {
    double value = 0.0;
    std::string text;
};

// Each reader reports what it expected and what it found, and returns nullopt, on a bad value.
// `expected` names the value in messages ("a number", "a duration in days").
std::optional<WrittenNumber> read_number(const ValueRef& ref, Reporter& reporter,
                                         std::string_view expected = "a number");
// A rate: a plain number (0.1114) or a percentage ending in % (11.14%, quoted or not).
std::optional<WrittenNumber> read_rate(const ValueRef& ref, Reporter& reporter);
std::optional<long long> read_integer(const ValueRef& ref, Reporter& reporter);
std::optional<bool> read_boolean(const ValueRef& ref, Reporter& reporter);
std::optional<std::string> read_text(const ValueRef& ref, Reporter& reporter);
std::optional<sim::Date> read_date(const ValueRef& ref, Reporter& reporter);

}  // namespace wfsim::models::schema
