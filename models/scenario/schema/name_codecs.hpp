#pragma once
// Words: a value from a fixed set (a training route), a reference to a user-named object of the
// scenario (a group, a shock), and a list of such references. References are checked against the
// names the file declares (ParseContext::named), at the line and column of the name, with the
// closest valid name suggested.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/schema/schema_field.hpp"

namespace wfsim::models::schema {

// Reports, and returns false, unless `name` is one of the objects held at `refers_to` (a
// top-level key such as "groups"); with `not_self`, it must also not be the one being read there.
// `noun` names one such object in messages ("group").
bool check_reference(const std::string& name, Position at, const std::string& path,
                     const std::string& refers_to, const std::string& noun, bool not_self,
                     ParseContext& ctx);

// One word of `choices`, written plainly.
struct ChoiceCodec {
    using value_type = std::string;
    std::vector<std::string> choices;
    std::string type() const { return "choice"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const;
    std::string allowed_text() const;  // "training, apprenticeship or return_to_practice"
    void describe(FieldInfo& info) const;
};

// The name of an object of the scenario: a group ("groups", "group") or a shock. With
// `brings_numbers`, the numbers of the object named (a group's age_min and age_max) come into
// scope for the keys read after it (a programme's age bands).
struct NameRefCodec {
    using value_type = std::string;
    std::string refers_to = "groups";
    std::string noun = "group";
    bool not_self = false;
    bool brings_numbers = false;
    std::string type() const { return noun + " name"; }
    std::optional<std::string> read(const ValueRef& ref, const FieldInfo& info,
                                    ParseContext& ctx) const;
    std::string write(const std::string& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// A list of names of objects of the scenario, each once, in the order written.
struct NameListCodec {
    using value_type = std::vector<std::string>;
    std::string refers_to = "groups";
    std::string noun = "group";
    int min_items = 0;
    std::string type() const { return "list of " + noun + " names"; }
    std::optional<value_type> read(const ValueRef& ref, const FieldInfo& info,
                                   ParseContext& ctx) const;
    std::string write(const value_type& value) const;
    std::string allowed_text() const;
    void describe(FieldInfo& info) const;
};

// How these values are written, for the reference: (type, text).
std::vector<std::pair<std::string, std::string>> name_value_docs();

}  // namespace wfsim::models::schema
