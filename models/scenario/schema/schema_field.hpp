#pragma once
// One scenario parameter, declared once: key, type, unit, default or required, range, meaning and
// typical values, bound to the struct member it fills. The same declaration parses and checks
// the YAML, writes the resolved YAML and describes itself (FieldInfo) for the reference and any
// other walk (JSON Schema, `--set` paths).
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/scenario/yaml/number_text.hpp"
#include "models/scenario/yaml/yaml_reader.hpp"
#include "models/scenario/yaml/yaml_writer.hpp"

namespace wfsim::models::schema {

struct ObjectInfo;

enum class Presence { Required, Defaulted, Optional };
// What a value holds, beyond a single scalar or a distribution: see FieldInfo.
enum class Collection {
    None,
    Map,        // a map of keys to values
    List,       // a list of items
    MapOrList,  // a map with the keys in `choices`, or a list of their values in that order
};
enum class Shape {
    Value,         // a single value (number, rate, text, date, distribution, bands)
    Object,        // a nested object, merged key by key with `defaults`
    NamedObjects,  // a map of user-named objects (groups)
    Defaults,      // an object whose keys fill in those a named object leaves out
};

// What changing a parameter from a date does in a variant (an intervention), declared with the
// parameter: validation refuses what cannot change, docs/scenario.md says what each change
// means, and models/variants/ applies it.
enum class DatedKind {
    Undeclared,    // not declared yet: refused, and a test fails
    Refused,       // cannot change from a date (the starting workforce, the calendar, structure)
    Recalibrated,  // a quoted figure: its calibrated rate is solved again for the new figure,
                   // everything else held at the baseline's
    Hazard,        // a hazard or one of its multipliers: the hazard changes from the date, exactly
    InForce,       // read when it is used: what happens from the date takes the new value
    MonthStart,    // read for whole months: the change starts and ends on the first of a month
};
struct DatedChange {
    DatedKind kind = DatedKind::Undeclared;
    std::string text{};  // what it means, or why it is refused
};
inline DatedChange refused(std::string why) {
    return {DatedKind::Refused, std::move(why)};
}
inline DatedChange recalibrated(std::string what) {
    return {DatedKind::Recalibrated, std::move(what)};
}
inline DatedChange hazard_change(std::string what) {
    return {DatedKind::Hazard, std::move(what)};
}
inline DatedChange in_force(std::string what) {
    return {DatedKind::InForce, std::move(what)};
}
inline DatedChange from_month_start(std::string what) {
    return {DatedKind::MonthStart, std::move(what)};
}
// "re-solved: ...", "no: ...": how the reference and the JSON Schema describe a dated change.
std::string dated_change_text(const DatedChange& dated);
// The reasons shared by many keys.
inline constexpr const char* kStartingState =
    "describes the starting workforce, which is always the baseline's; to say \"our figure is "
    "really X\", use --set";
inline constexpr const char* kCalendar = "the run's calendar; use --set";
inline constexpr const char* kStructure =
    "names a part of the scenario's structure; add a programme or shock in the variant instead";
inline constexpr const char* kTextOnly = "text, with no effect on the run";
inline constexpr const char* kUncertainty =
    "what is uncertain about the scenario, for its uncertainty analysis: a variant changes the "
    "world, not what is uncertain about it";
inline constexpr const char* kJudgement =
    "how a run is judged, not what happens in it: every variant is judged by the same targets and "
    "risks";

// A name a map of named objects refuses, and why (a variant called `baseline`).
struct ReservedName {
    std::string name{};
    std::string reason{};
};

// Everything declared about one key, for the walks over the declarations.
struct FieldInfo {
    std::string key{};
    Shape shape = Shape::Value;
    std::string
        type{};  // "rate", "number", "whole number", "text", "name", "date", "duration", ...
    std::string unit{};
    Range range{};             // numbers: what is checked
    std::string range_text{};  // what the reference says about allowed values
    Presence presence = Presence::Optional;
    std::string default_text{};  // the default as YAML, or what leaving the key out means
    std::string meaning{};
    std::string typical{};
    const ObjectInfo* object = nullptr;  // the nested object, for every shape but Value
    bool in_resolved = true;             // written to the resolved YAML

    // Values that are maps or lists (band profiles, shares by name, values by year, lists of
    // months or names) and words from a fixed set, for walks that describe values (JSON Schema):
    // set by the value's codec.
    Collection collection = Collection::None;
    std::string key_type{};     // map keys: "band label", "name", "group name", "WTE", "year", ...
    std::string key_pattern{};  // a regular expression (ECMAScript) every map key matches
    std::string item_type{};    // map values or list items: "rate", "number", "whole number", ...
    Range item_range{};         // map values or list items
    std::vector<std::string> choices{};  // the words allowed: the value itself, or the map keys
    int min_items = 0;                   // entries at least
    int max_items = 0;                   // entries at most; 0: no limit
    bool unique_items = false;           // list items
    // Names of user-named objects: the top-level key whose names are allowed ("groups",
    // "shocks"); the value, the list items or the map keys must be such names.
    std::string refers_to{};
    std::vector<ReservedName> reserved_names{};  // names a map of named objects refuses
    DatedChange dated{};  // what a change from a date does (a variant's intervention)
};

// Keys that stand for one another: at most `capacity` of them may be given. A named object takes
// a key of the set from `defaults` only while it gives fewer than `capacity` of them itself.
struct AlternativeKeys {
    std::vector<std::string> keys{};
    int capacity = 1;
    bool required = false;          // at least one must be given
    bool overfull_is_error = true;  // false: a check judges more than `capacity`
    std::string rule{};             // for the reference
};

struct ObjectInfo {
    std::string title{};
    std::string summary{};
    std::vector<FieldInfo> fields{};
    std::vector<AlternativeKeys> alternatives{};
    std::vector<std::string> rules{};  // checks across keys, as the reference states them
};

// What a key means and allows; a designated-initializer friendly declaration.
template <class V>
struct FieldSpec {
    std::string unit{};
    Range range{};
    std::string range_text{};  // when the rule says more than `range` (set instead of its text)
    std::optional<V> default_value{};
    bool required = false;
    std::string absent_text{};  // what leaving out a key without a default means
    std::string meaning{};
    std::string typical{};  // typical values and where they come from
    std::function<std::optional<std::string>(const V&)> check = {};  // message when not allowed
    bool in_resolved = true;
    DatedChange dated{};  // what a change from a date does (a variant's intervention)
};

// How a declaration reaches its member: `get` gives nullopt for "not set" (an empty optional, an
// empty text or list), which the resolved YAML leaves out.
template <class T, class V>
struct Binding {
    std::function<void(T&, V)> set;
    std::function<std::optional<V>(const T&)> get;
    bool optional_member = false;

    Binding(V T::*member)
        : set([member](T& object, V value) { object.*member = std::move(value); }),
          get([member](const T& object) -> std::optional<V> {
              if constexpr (requires(const V& v) { v.empty(); }) {
                  if ((object.*member).empty()) return std::nullopt;
              }
              return object.*member;
          }) {}
    Binding(std::optional<V> T::*member)
        : set([member](T& object, V value) { object.*member = std::move(value); }),
          get([member](const T& object) { return object.*member; }),
          optional_member(true) {}
    Binding(std::function<void(T&, V)> setter, std::function<std::optional<V>(const T&)> getter)
        : set(std::move(setter)), get(std::move(getter)), optional_member(true) {}
};

// Numbers read so far in this object and the objects around it (age_min, age_max), for values
// whose rules depend on them.
class NumberScope {
  public:
    using Frame = std::vector<std::pair<std::string, double>>;
    void push() { frames_.emplace_back(); }
    void pop() {
        last_ = std::move(frames_.back());
        frames_.pop_back();
    }
    // The numbers of the object read last (the frame popped last).
    const Frame& last_popped() const { return last_; }
    void set(const std::string& key, double value) {
        if (!frames_.empty()) frames_.back().emplace_back(key, value);
    }
    std::optional<double> find(std::string_view key) const {
        for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame)
            for (auto it = frame->rbegin(); it != frame->rend(); ++it)
                if (it->first == key) return it->second;
        return std::nullopt;
    }

  private:
    std::vector<Frame> frames_;
    Frame last_;
};

// The user-named objects of a file (groups, shocks), so that a reference to one is checked where
// it is written: their names are registered, by the key path of the map that holds them, before
// any of them is read; the numbers of each (age_min, age_max) once it has been read, so that a
// value of an object that refers to it (a programme's age bands) can use them.
struct NamedObjectIndex {
    std::map<std::string, std::vector<std::string>, std::less<>> names;  // "groups" -> names
    std::map<std::string, NumberScope::Frame, std::less<>> numbers;      // "groups.nursing"
    // The named objects being read, outermost first: (path of their map, name).
    std::vector<std::pair<std::string, std::string>> within;

    // The names held at `path`; null when that map was not registered (not written).
    const std::vector<std::string>* find(std::string_view path) const {
        const auto it = names.find(path);
        return it == names.end() ? nullptr : &it->second;
    }
    // The name being read at `path`, if any ("nursing" while reading groups.nursing).
    std::optional<std::string> current(std::string_view path) const {
        for (auto it = within.rbegin(); it != within.rend(); ++it)
            if (it->first == path) return it->second;
        return std::nullopt;
    }
};

struct ParseContext {
    Reporter& reporter;
    bool defaults_mode = false;  // reading `defaults`: every key optional, no checks across keys
    NumberScope numbers{};
    NamedObjectIndex named{};
    KeyPlaces* places = nullptr;  // where each key path's value was given, when kept

    // Notes where the value at `path` was given (in the file, in `defaults` or in an override).
    void record_place(const std::string& path, Position where) {
        if (places && !defaults_mode && where.line > 0)
            places->record(path, reporter.key_place(where));
    }
};

// One map an object is read from: the object's own (primary) or the matching part of `defaults`.
struct Layer {
    const MapReader* map;
    bool primary;
};

struct ObjectScope {
    std::string path;
    Position anchor;  // where a missing key is reported: the nearest map written in the file
    const std::vector<Layer>& layers;
};

// The entries that give one key, the object's own first, then those from `defaults`.
struct FieldInput {
    std::vector<const MapEntry*> entries;
    std::vector<bool> primary;
    bool empty() const { return entries.empty(); }
    const MapEntry& first() const { return *entries.front(); }
};

template <class T>
class FieldBase {
  public:
    explicit FieldBase(FieldInfo info) : info_(std::move(info)) {}
    virtual ~FieldBase() = default;
    const FieldInfo& info() const { return info_; }
    // Objects merge key by key across layers; any other value comes whole from the first layer.
    virtual bool merges_layers() const { return false; }
    // Called for every field of an object before any is read: a map of named objects registers
    // its names here (ctx.named).
    virtual void declare_names(const FieldInput&, const ObjectScope&, ParseContext&) const {}
    virtual void parse(const FieldInput& input, const ObjectScope& scope, T& out,
                       ParseContext& ctx) const = 0;
    virtual void write(const T& object, YamlWriter& writer) const = 0;

  private:
    FieldInfo info_;
};

// A single value read by `Codec`: struct { using value_type; type(); read(ref, info, ctx) ->
// optional<value_type>; write(value) -> YAML text; optionally allowed_text() for the reference and
// describe(FieldInfo&) to fill in what a map or list holds (FieldInfo::collection and after) }.
template <class T, class Codec>
class ValueField final : public FieldBase<T> {
  public:
    using V = typename Codec::value_type;

    ValueField(std::string key, Binding<T, V> binding, FieldSpec<V> spec, Codec codec)
        : FieldBase<T>(describe(std::move(key), spec, binding, codec)),
          binding_(std::move(binding)),
          default_(std::move(spec.default_value)),
          check_(std::move(spec.check)),
          codec_(std::move(codec)) {}

    void parse(const FieldInput& input, const ObjectScope& scope, T& out,
               ParseContext& ctx) const override {
        const FieldInfo& info = this->info();
        if (input.empty()) {
            if (ctx.defaults_mode) return;
            if (default_) {
                store(out, *default_, ctx);
            } else if (info.presence == Presence::Required) {
                ctx.reporter.error(scope.anchor, join_path(scope.path, info.key),
                                   "missing required key '" + info.key + "'");
            }
            return;
        }
        const std::string path = join_path(scope.path, info.key);
        const ValueRef ref = value_ref(input.first(), path);
        record_places(ref, ctx);
        auto value = codec_.read(ref, info, ctx);
        if (!value) return;
        if (check_) {
            if (auto problem = check_(*value)) {
                ctx.reporter.error(ref.position, path, std::move(*problem));
                return;
            }
        }
        store(out, std::move(*value), ctx);
    }

    void write(const T& object, YamlWriter& writer) const override {
        if (!this->info().in_resolved) return;
        if (auto value = binding_.get(object))
            writer.scalar(this->info().key, codec_.write(*value));
    }

  private:
    static FieldInfo describe(std::string key, const FieldSpec<V>& spec,
                              const Binding<T, V>& binding, const Codec& codec) {
        FieldInfo info;
        info.key = std::move(key);
        info.type = codec.type();
        info.unit = spec.unit;
        info.range = spec.range;
        info.range_text = spec.range_text.empty() ? spec.range.text() : spec.range_text;
        if constexpr (requires { codec.allowed_text(); }) {
            if (info.range_text.empty()) info.range_text = codec.allowed_text();
        }
        info.presence = spec.default_value                          ? Presence::Defaulted
                        : spec.required && !binding.optional_member ? Presence::Required
                                                                    : Presence::Optional;
        info.default_text =
            spec.default_value ? codec.write(*spec.default_value) : spec.absent_text;
        info.meaning = spec.meaning;
        info.typical = spec.typical;
        info.in_resolved = spec.in_resolved;
        info.dated = spec.dated;
        if constexpr (requires { codec.describe(info); }) codec.describe(info);
        return info;
    }

    // The value's place, and for a map (shares by name, values by year) each entry's.
    static void record_places(const ValueRef& ref, ParseContext& ctx) {
        ctx.record_place(ref.path, ref.position);
        if (!ctx.places || !ref.node.IsMap()) return;
        const MapReader entries(ref.node, ref.path, nullptr);
        for (const MapEntry& entry : entries.entries())
            ctx.record_place(join_path(ref.path, entry.key), entry.value_position());
    }

    void store(T& out, V value, ParseContext& ctx) const {
        if constexpr (std::is_same_v<V, double>) ctx.numbers.set(this->info().key, value);
        binding_.set(out, std::move(value));
    }

    Binding<T, V> binding_;
    std::optional<V> default_;
    std::function<std::optional<std::string>(const V&)> check_;
    Codec codec_;
};

}  // namespace wfsim::models::schema
