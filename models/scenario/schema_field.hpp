#pragma once
// One scenario parameter, declared once: key, type, unit, default or required, range, meaning and
// typical values, bound to the struct member it fills. The same declaration parses and checks
// the YAML, writes the resolved YAML and describes itself (FieldInfo) for the reference and any
// other walk (JSON Schema, `--set` paths).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "models/scenario/number_text.hpp"
#include "models/scenario/yaml_reader.hpp"
#include "models/scenario/yaml_writer.hpp"

namespace wfsim::models::schema {

struct ObjectInfo;

enum class Presence { Required, Defaulted, Optional };
enum class Shape {
    Value,         // a single value (number, rate, text, date, distribution, bands)
    Object,        // a nested object, merged key by key with `defaults`
    NamedObjects,  // a map of user-named objects (groups)
    Defaults,      // an object whose keys fill in those a named object leaves out
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
    void push() { frames_.emplace_back(); }
    void pop() { frames_.pop_back(); }
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
    std::vector<std::vector<std::pair<std::string, double>>> frames_;
};

struct ParseContext {
    Reporter& reporter;
    bool defaults_mode = false;  // reading `defaults`: every key optional, no checks across keys
    NumberScope numbers{};
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
    virtual void parse(const FieldInput& input, const ObjectScope& scope, T& out,
                       ParseContext& ctx) const = 0;
    virtual void write(const T& object, YamlWriter& writer) const = 0;

  private:
    FieldInfo info_;
};

// A single value read by `Codec`: struct { using value_type; type(); read(ref, info, ctx) ->
// optional<value_type>; write(value) -> YAML text; optionally allowed_text() for the reference }.
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
        const std::string path = join_path(scope.path, info.key);
        if (input.empty()) {
            if (ctx.defaults_mode) return;
            if (default_) {
                store(out, *default_, ctx);
            } else if (info.presence == Presence::Required) {
                ctx.reporter.error(scope.anchor, path, "missing required key '" + info.key + "'");
            }
            return;
        }
        const ValueRef ref = value_ref(input.first(), path);
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
        return info;
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
