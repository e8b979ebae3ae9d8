#pragma once
// Fields that hold objects: a nested object (merged key by key with `defaults`), an optional one
// (absent unless written), a map of user-named objects (groups, programmes), and the `defaults`
// object that fills in what they leave out.
#include <optional>
#include <string>
#include <vector>

#include "models/scenario/schema/schema_field.hpp"
#include "models/scenario/schema/value_codecs.hpp"

namespace wfsim::models::schema {

template <class T>
class ObjectSchema;

// True when an object cannot be left out: it has a required key or choice, or holds such an
// object.
bool requires_content(const ObjectInfo& info);

// The maps given for a nested object, the object's own first. A value that is not a map is
// reported (when it is the object's own) and skipped.
struct NestedLayers {
    std::vector<MapReader> readers;
    std::vector<Layer> layers;
    Position anchor;
};
NestedLayers nested_layers(const FieldInput& input, const ObjectScope& scope,
                           const std::string& path, ParseContext& ctx);

template <class T, class C>
class ObjectField final : public FieldBase<T> {
  public:
    ObjectField(std::string key, C T::*member, const ObjectSchema<C>& schema, std::string meaning)
        : FieldBase<T>(FieldInfo{
              .key = std::move(key),
              .shape = Shape::Object,
              .type = "map",
              .presence = requires_content(schema.info()) ? Presence::Required : Presence::Optional,
              .meaning = std::move(meaning),
              .object = &schema.info()}),
          member_(member),
          schema_(schema) {}

    bool merges_layers() const override { return true; }

    void parse(const FieldInput& input, const ObjectScope& scope, T& out,
               ParseContext& ctx) const override {
        const std::string path = join_path(scope.path, this->info().key);
        if (input.empty() && !ctx.defaults_mode && this->info().presence == Presence::Required) {
            ctx.reporter.error(scope.anchor, path,
                               "missing required key '" + this->info().key + "'");
            return;
        }
        if (!input.empty()) ctx.record_place(path, input.first().key_position);
        const NestedLayers nested = nested_layers(input, scope, path, ctx);
        if (!input.empty() && nested.layers.empty()) return;
        schema_.parse(nested.layers, nested.anchor, path, out.*member_, ctx);
    }

    void write(const T& object, YamlWriter& writer) const override {
        writer.begin_map(this->info().key);
        schema_.write(object.*member_, writer);
        writer.end_map();
    }

  private:
    C T::*member_;
    const ObjectSchema<C>& schema_;
};

// An object that is absent unless written (here or in `defaults`): std::optional<C>. When
// written, it is read like ObjectField, merged key by key with `defaults`.
template <class T, class C>
class OptionalObjectField final : public FieldBase<T> {
  public:
    OptionalObjectField(std::string key, std::optional<C> T::*member, const ObjectSchema<C>& schema,
                        std::string meaning, std::string absent_text)
        : FieldBase<T>(FieldInfo{.key = std::move(key),
                                 .shape = Shape::Object,
                                 .type = "map",
                                 .presence = Presence::Optional,
                                 .default_text = std::move(absent_text),
                                 .meaning = std::move(meaning),
                                 .object = &schema.info()}),
          member_(member),
          schema_(schema) {}

    bool merges_layers() const override { return true; }

    void parse(const FieldInput& input, const ObjectScope& scope, T& out,
               ParseContext& ctx) const override {
        if (input.empty()) return;
        const std::string path = join_path(scope.path, this->info().key);
        ctx.record_place(path, input.first().key_position);
        const NestedLayers nested = nested_layers(input, scope, path, ctx);
        if (nested.layers.empty()) return;
        C value{};
        schema_.parse(nested.layers, nested.anchor, path, value, ctx);
        out.*member_ = std::move(value);
    }

    void write(const T& object, YamlWriter& writer) const override {
        if (!(object.*member_)) return;
        writer.begin_map(this->info().key);
        schema_.write(*(object.*member_), writer);
        writer.end_map();
    }

  private:
    std::optional<C> T::*member_;
    const ObjectSchema<C>& schema_;
};

// A map of user-named objects, in the order written. Required (at least one, as `groups`) or
// optional (absent or empty: none). Each object's name is its key; the names are registered in
// ctx.named before any object of the file is read, so that references to them can be checked.
template <class T, class C>
class NamedObjectsField final : public FieldBase<T> {
  public:
    NamedObjectsField(std::string key, std::vector<C> T::*member, std::string C::*name_member,
                      const ObjectSchema<C>& schema, std::string meaning, std::string defaults_key,
                      bool required = true, std::vector<ReservedName> reserved = {})
        : FieldBase<T>(
              FieldInfo{.key = std::move(key),
                        .shape = Shape::NamedObjects,
                        .type = "map of names to " + schema.info().title,
                        .range_text = std::string(required ? "at least one; names " : "names ") +
                                      kIdentifierRule + reserved_text(reserved) + "; order kept",
                        .presence = required ? Presence::Required : Presence::Optional,
                        .default_text = required ? "" : "none",
                        .meaning = std::move(meaning),
                        .object = &schema.info(),
                        .reserved_names = std::move(reserved)}),
          member_(member),
          name_member_(name_member),
          schema_(schema),
          defaults_key_(std::move(defaults_key)),
          required_(required) {}

    void declare_names(const FieldInput& input, const ObjectScope& scope,
                       ParseContext& ctx) const override {
        if (input.empty() || ctx.defaults_mode || !input.first().value.IsMap()) return;
        const MapReader items(input.first().value, "", nullptr);
        std::vector<std::string>& names = ctx.named.names[join_path(scope.path, this->info().key)];
        names.clear();
        for (const MapEntry& item : items.entries()) names.push_back(item.key);
    }

    void parse(const FieldInput& input, const ObjectScope& scope, T& out,
               ParseContext& ctx) const override {
        const std::string path = join_path(scope.path, this->info().key);
        if (input.empty()) {
            if (!ctx.defaults_mode && required_)
                ctx.reporter.error(scope.anchor, path,
                                   "missing required key '" + this->info().key + "'");
            return;
        }
        const MapEntry& entry = input.first();
        if (!entry.value.IsMap()) {
            ctx.reporter.error(entry.value_position(), path,
                               "expected a map of names to " + schema_.info().title +
                                   " definitions, found " + describe_found(entry.value));
            return;
        }
        ctx.record_place(path, entry.key_position);
        const MapReader items(entry.value, path, &ctx.reporter);
        if (items.entries().empty() && required_) {
            ctx.reporter.error(entry.value_position(), path,
                               "expected at least one " + schema_.info().title);
            return;
        }
        std::optional<MapReader> fallback;
        if (const MapEntry* defaults = scope.layers.empty() || defaults_key_.empty()
                                           ? nullptr
                                           : scope.layers.front().map->find(defaults_key_);
            defaults && defaults->value.IsMap()) {
            fallback.emplace(defaults->value, join_path(scope.path, defaults_key_), nullptr);
        }
        for (const MapEntry& item : items.entries()) parse_item(item, path, fallback, out, ctx);
    }

    void write(const T& object, YamlWriter& writer) const override {
        if (!required_ && (object.*member_).empty()) return;
        writer.begin_map(this->info().key);
        for (const C& item : object.*member_) {
            writer.begin_map(item.*name_member_);
            schema_.write(item, writer);
            writer.end_map();
        }
        writer.end_map();
    }

  private:
    static std::string reserved_text(const std::vector<ReservedName>& reserved) {
        std::string text;
        for (const ReservedName& r : reserved) text += ", not `" + r.name + "`";
        return text;
    }

    void parse_item(const MapEntry& item, const std::string& path,
                    const std::optional<MapReader>& fallback, T& out, ParseContext& ctx) const {
        const std::string item_path = join_path(path, item.key);
        ctx.record_place(item_path, item.key_position);
        if (!is_identifier(item.key)) {
            ctx.reporter.error(item.key_position, item_path,
                               schema_.info().title + " name '" + item.key +
                                   "' is not valid: use " + kIdentifierRule);
        }
        for (const ReservedName& reserved : this->info().reserved_names)
            if (item.key == reserved.name)
                ctx.reporter.error(item.key_position, item_path,
                                   "a " + schema_.info().title + " cannot be named '" +
                                       reserved.name + "': " + reserved.reason);
        if (!item.value.IsMap()) {
            ctx.reporter.error(item.value_position(), item_path,
                               "expected a map of " + schema_.info().title + " keys, found " +
                                   describe_found(item.value));
            return;
        }
        const MapReader own(item.value, item_path, &ctx.reporter);
        std::vector<Layer> layers{{&own, true}};
        if (fallback) layers.push_back({&*fallback, false});
        C value{};
        value.*name_member_ = item.key;
        ctx.named.within.emplace_back(path, item.key);
        schema_.parse(layers, own.position(), item_path, value, ctx);
        ctx.named.within.pop_back();
        ctx.named.numbers[item_path] = ctx.numbers.last_popped();
        (out.*member_).push_back(std::move(value));
    }

    std::vector<C> T::*member_;
    std::string C::*name_member_;
    const ObjectSchema<C>& schema_;
    std::string defaults_key_;
    bool required_;
};

// Read and checked on its own (every key optional, no checks across keys), then used key by key
// by each named object of the same type; never written to the resolved YAML.
template <class T, class C>
class DefaultsField final : public FieldBase<T> {
  public:
    DefaultsField(std::string key, const ObjectSchema<C>& schema, std::string meaning)
        : FieldBase<T>(FieldInfo{.key = std::move(key),
                                 .shape = Shape::Defaults,
                                 .type = "map",
                                 .range_text = "any key of a " + schema.info().title,
                                 .presence = Presence::Optional,
                                 .default_text = "none",
                                 .meaning = std::move(meaning),
                                 .object = &schema.info(),
                                 .in_resolved = false}),
          schema_(schema) {}

    void parse(const FieldInput& input, const ObjectScope& scope, T&,
               ParseContext& ctx) const override {
        if (input.empty()) return;
        const std::string path = join_path(scope.path, this->info().key);
        const MapEntry& entry = input.first();
        if (!entry.value.IsMap()) {
            ctx.reporter.error(entry.value_position(), path,
                               "expected a map of " + schema_.info().title + " keys, found " +
                                   describe_found(entry.value));
            return;
        }
        const MapReader own(entry.value, path, &ctx.reporter);
        const std::vector<Layer> layers{{&own, true}};
        const bool was_defaults = ctx.defaults_mode;
        ctx.defaults_mode = true;
        C scratch{};
        schema_.parse(layers, own.position(), path, scratch, ctx);
        ctx.defaults_mode = was_defaults;
    }

    void write(const T&, YamlWriter&) const override {}

  private:
    const ObjectSchema<C>& schema_;
};

}  // namespace wfsim::models::schema
