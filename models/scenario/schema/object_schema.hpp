#pragma once
// An object of the scenario format declared as a list of fields bound to the members of T, with
// its alternatives (keys that stand for one another) and its checks across keys. parse() reads
// it strictly from one or more layers (the object as written, then `defaults`); write() gives the
// resolved YAML; info() describes it for the reference and other walks.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/schema/band_codec.hpp"
#include "models/scenario/schema/duration_codec.hpp"
#include "models/scenario/schema/nested_fields.hpp"
#include "models/scenario/schema/schema_field.hpp"
#include "models/scenario/schema/value_codecs.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {

// Lets a check across keys report at the key it is about.
class CheckContext {
  public:
    CheckContext(const ObjectScope& scope,
                 std::vector<std::pair<std::string, const MapEntry*>> given, Reporter& reporter)
        : scope_(scope), given_(std::move(given)), reporter_(reporter) {}
    // At the key's value when it was given (here or in `defaults`), else at the object's map;
    // an empty key means the object itself.
    void error(std::string_view key, std::string message);
    bool given(std::string_view key) const { return find(key) != nullptr; }
    // At a key below this object's keys, as written in the file ({"groups", "nursing",
    // "establishment", "growth_by_year", "2030/31"}): at its value, or at the key itself when
    // `at_key`; when a key on the way is not written there, at the nearest one that is.
    void error_at(const std::vector<std::string>& keys, std::string message, bool at_key = false);

  private:
    const MapEntry* find(std::string_view key) const;
    const ObjectScope& scope_;
    std::vector<std::pair<std::string, const MapEntry*>> given_;
    Reporter& reporter_;
};

// The keys a misspelt key of `info` may stand for: its own, and those of its nested objects
// ("leaving.turnover"), which users often write one level too high.
std::vector<KeyCandidate> key_candidates(const ObjectInfo& info);

// Steps of ObjectSchema::parse that do not depend on T.
void report_unknown_keys(const MapReader& map, const ObjectInfo& info, const std::string& path,
                         Reporter& reporter);
void apply_alternatives(const ObjectInfo& info, std::vector<FieldInput>& inputs,
                        const std::string& path, Position anchor, ParseContext& ctx);

template <class T>
class ObjectSchema {
  public:
    using Check = std::function<void(const T&, CheckContext&)>;

    ObjectSchema(std::string title, std::string summary) {
        info_.title = std::move(title);
        info_.summary = std::move(summary);
    }

    const ObjectInfo& info() const { return info_; }

    ObjectSchema& add(std::unique_ptr<FieldBase<T>> field) {
        info_.fields.push_back(field->info());
        fields_.push_back(std::move(field));
        return *this;
    }
    ObjectSchema& alternatives(AlternativeKeys keys) {
        info_.alternatives.push_back(std::move(keys));
        return *this;
    }
    ObjectSchema& check(std::string rule, Check check) {
        info_.rules.push_back(std::move(rule));
        checks_.push_back(std::move(check));
        return *this;
    }

    template <class Codec>
    ObjectSchema& value(std::string key, Binding<T, typename Codec::value_type> binding,
                        FieldSpec<typename Codec::value_type> spec, Codec codec = {}) {
        return add(std::make_unique<ValueField<T, Codec>>(std::move(key), std::move(binding),
                                                          std::move(spec), std::move(codec)));
    }
    ObjectSchema& number(std::string key, Binding<T, double> b, FieldSpec<double> s) {
        return value<NumberCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& rate(std::string key, Binding<T, double> b, FieldSpec<double> s) {
        return value<RateCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& whole_number(std::string key, Binding<T, int> b, FieldSpec<int> s) {
        return value<WholeNumberCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& text(std::string key, Binding<T, std::string> b, FieldSpec<std::string> s) {
        return value<TextCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& identifier(std::string key, Binding<T, std::string> b, FieldSpec<std::string> s) {
        return value<IdentifierCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& date(std::string key, Binding<T, sim::Date> b, FieldSpec<sim::Date> s) {
        return value<DateCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& duration(std::string key, Binding<T, DurationDistribution> b,
                           FieldSpec<DurationDistribution> s) {
        return value<DurationCodec>(std::move(key), std::move(b), std::move(s));
    }
    ObjectSchema& bands(std::string key, Binding<T, std::vector<Band>> b,
                        FieldSpec<std::vector<Band>> s, BandAxis axis) {
        return value<BandsCodec>(std::move(key), std::move(b), std::move(s),
                                 BandsCodec{std::move(axis)});
    }
    // A profile of values by band (multipliers, hazards) instead of shares, each in `values`.
    ObjectSchema& band_values(std::string key, Binding<T, std::vector<Band>> b,
                              FieldSpec<std::vector<Band>> s, BandAxis axis, Range values,
                              std::string value_noun = "multiplier") {
        return value<BandsCodec>(
            std::move(key), std::move(b), std::move(s),
            BandsCodec{std::move(axis), BandsCodec::Mode::Values, values, std::move(value_noun)});
    }
    template <class C>
    ObjectSchema& object(std::string key, C T::*member, const ObjectSchema<C>& schema,
                         std::string meaning) {
        return add(std::make_unique<ObjectField<T, C>>(std::move(key), member, schema,
                                                       std::move(meaning)));
    }
    // Absent unless written; `absent_text` says what its absence means.
    template <class C>
    ObjectSchema& object(std::string key, std::optional<C> T::*member,
                         const ObjectSchema<C>& schema, std::string meaning,
                         std::string absent_text) {
        return add(std::make_unique<OptionalObjectField<T, C>>(
            std::move(key), member, schema, std::move(meaning), std::move(absent_text)));
    }
    template <class C>
    ObjectSchema& named_objects(std::string key, std::vector<C> T::*member,
                                std::string C::*name_member, const ObjectSchema<C>& schema,
                                std::string meaning, std::string defaults_key) {
        return add(std::make_unique<NamedObjectsField<T, C>>(std::move(key), member, name_member,
                                                             schema, std::move(meaning),
                                                             std::move(defaults_key)));
    }
    // Absent or empty: none. No object may take a name of `reserved`.
    template <class C>
    ObjectSchema& optional_named_objects(std::string key, std::vector<C> T::*member,
                                         std::string C::*name_member, const ObjectSchema<C>& schema,
                                         std::string meaning,
                                         std::vector<ReservedName> reserved = {}) {
        return add(std::make_unique<NamedObjectsField<T, C>>(std::move(key), member, name_member,
                                                             schema, std::move(meaning), "", false,
                                                             std::move(reserved)));
    }
    template <class C>
    ObjectSchema& defaults_for(std::string key, const ObjectSchema<C>& schema,
                               std::string meaning) {
        return add(
            std::make_unique<DefaultsField<T, C>>(std::move(key), schema, std::move(meaning)));
    }

    // Reads `out` from `layers` (the object's own map first, if written). Problems go to
    // ctx.reporter; checks across keys run only when the object's keys read cleanly.
    void parse(const std::vector<Layer>& layers, Position anchor, const std::string& path, T& out,
               ParseContext& ctx) const {
        ctx.numbers.push();
        const int errors_before = ctx.reporter.count();
        if (!layers.empty() && layers.front().primary)
            report_unknown_keys(*layers.front().map, info_, path, ctx.reporter);
        std::vector<FieldInput> inputs = gather(layers);
        apply_alternatives(info_, inputs, path, anchor, ctx);
        const ObjectScope scope{path, anchor, layers};
        for (std::size_t i = 0; i < fields_.size(); ++i)
            fields_[i]->declare_names(inputs[i], scope, ctx);
        for (std::size_t i = 0; i < fields_.size(); ++i)
            fields_[i]->parse(inputs[i], scope, out, ctx);
        if (!ctx.defaults_mode && ctx.reporter.count() == errors_before && !checks_.empty()) {
            std::vector<std::pair<std::string, const MapEntry*>> given;
            for (std::size_t i = 0; i < fields_.size(); ++i)
                if (!inputs[i].empty()) given.emplace_back(info_.fields[i].key, &inputs[i].first());
            CheckContext context(scope, std::move(given), ctx.reporter);
            for (const auto& check : checks_) check(out, context);
        }
        ctx.numbers.pop();
    }

    void write(const T& object, YamlWriter& writer) const {
        for (const auto& field : fields_) field->write(object, writer);
    }

  private:
    std::vector<FieldInput> gather(const std::vector<Layer>& layers) const {
        std::vector<FieldInput> inputs(fields_.size());
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            for (const Layer& layer : layers) {
                const MapEntry* entry = layer.map->find(info_.fields[i].key);
                if (!entry) continue;
                inputs[i].entries.push_back(entry);
                inputs[i].primary.push_back(layer.primary);
                if (!fields_[i]->merges_layers()) break;
            }
        }
        return inputs;
    }

    ObjectInfo info_;
    std::vector<std::unique_ptr<FieldBase<T>>> fields_;
    std::vector<Check> checks_;
};

}  // namespace wfsim::models::schema
