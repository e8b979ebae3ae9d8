#include "models/scenario/schema/name_codecs.hpp"

#include <algorithm>

#include "models/scenario/schema/value_codecs.hpp"
#include "models/scenario/yaml/closest_key.hpp"

namespace wfsim::models::schema {
namespace {

// "a, b or c"
std::string word_list(const std::vector<std::string>& words, const std::string& joiner) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " " + joiner + " " : ", ";
        out += words[i];
    }
    return out;
}

std::vector<KeyCandidate> candidates_of(const std::vector<std::string>& words) {
    std::vector<KeyCandidate> out;
    for (const std::string& word : words) out.push_back({word, {word}});
    return out;
}

std::optional<std::string> read_name(const ValueRef& ref, ParseContext& ctx) {
    auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (!is_identifier(*text)) {
        ctx.reporter.error(ref.position, ref.path,
                           "'" + *text + "' is not a valid name: use " + kIdentifierRule);
        return std::nullopt;
    }
    return text;
}

}  // namespace

bool check_reference(const std::string& name, Position at, const std::string& path,
                     const std::string& refers_to, const std::string& noun, bool not_self,
                     ParseContext& ctx) {
    const std::vector<std::string>* names = ctx.named.find(refers_to);
    const std::optional<std::string> self =
        not_self ? ctx.named.current(refers_to) : std::optional<std::string>();
    if (self && name == *self) {
        ctx.reporter.error(at, path,
                           "'" + name + "' is this " + noun + " itself; name another " + noun);
        return false;
    }
    if (names && std::find(names->begin(), names->end(), name) != names->end()) return true;
    std::vector<std::string> valid;
    if (names) {
        for (const std::string& other : *names)
            if (!self || other != *self) valid.push_back(other);
    }
    std::string message = "unknown " + noun + " '" + name + "'";
    if (valid.empty()) {
        message += ": the scenario has no " + (self ? "other " : std::string()) + noun + "s (`" +
                   refers_to + "`)";
    } else if (auto near = closest_key(name, candidates_of(valid))) {
        message += "; did you mean '" + *near + "'?";
    } else {
        message += "; the " + noun + "s are " + word_list(valid, "and");
    }
    ctx.reporter.error(at, path, std::move(message));
    return false;
}

std::optional<std::string> ChoiceCodec::read(const ValueRef& ref, const FieldInfo&,
                                             ParseContext& ctx) const {
    auto text = read_text(ref, ctx.reporter);
    if (!text) return std::nullopt;
    if (std::find(choices.begin(), choices.end(), *text) != choices.end()) return text;
    std::string message = "unknown value '" + *text + "'";
    if (auto near = closest_key(*text, candidates_of(choices))) {
        message += "; did you mean '" + *near + "'?";
    } else {
        message += "; use " + word_list(choices, "or");
    }
    ctx.reporter.error(ref.position, ref.path, std::move(message));
    return std::nullopt;
}

std::string ChoiceCodec::write(const std::string& value) const {
    return YamlWriter::name(value);
}

std::string ChoiceCodec::allowed_text() const {
    return word_list(choices, "or");
}

void ChoiceCodec::describe(FieldInfo& info) const {
    info.choices = choices;
}

std::optional<std::string> NameRefCodec::read(const ValueRef& ref, const FieldInfo&,
                                              ParseContext& ctx) const {
    auto name = read_name(ref, ctx);
    if (!name || !check_reference(*name, ref.position, ref.path, refers_to, noun, not_self, ctx))
        return std::nullopt;
    if (brings_numbers) {
        const auto numbers = ctx.named.numbers.find(join_path(refers_to, *name));
        if (numbers != ctx.named.numbers.end())
            for (const auto& [key, value] : numbers->second) ctx.numbers.set(key, value);
    }
    return name;
}

std::string NameRefCodec::write(const std::string& value) const {
    return YamlWriter::name(value);
}

std::string NameRefCodec::allowed_text() const {
    return "a " + noun + " of the scenario (`" + refers_to + "`)" +
           (not_self ? ", not this one" : "");
}

void NameRefCodec::describe(FieldInfo& info) const {
    info.refers_to = refers_to;
}

std::optional<std::vector<std::string>> NameListCodec::read(const ValueRef& ref, const FieldInfo&,
                                                            ParseContext& ctx) const {
    if (!ref.node.IsSequence()) {
        ctx.reporter.error(ref.position, ref.path,
                           "expected a list of " + noun + " names such as [a, b], found " +
                               describe_found(ref.node));
        return std::nullopt;
    }
    if (static_cast<int>(ref.node.size()) < min_items) {
        ctx.reporter.error(ref.position, ref.path,
                           "expected at least " + std::to_string(min_items) + " " + noun + " name" +
                               (min_items == 1 ? "" : "s") + ", found an empty list");
        return std::nullopt;
    }
    std::vector<std::string> out;
    std::vector<Position> where;
    bool ok = true;
    std::size_t index = 0;
    for (const YAML::Node& item : ref.node) {
        const std::string path = ref.path + "[" + std::to_string(index++) + "]";
        const ValueRef item_ref{item, position_of(item), path};
        auto name = read_name(item_ref, ctx);
        if (!name ||
            !check_reference(*name, item_ref.position, path, refers_to, noun, false, ctx)) {
            ok = false;
            continue;
        }
        const auto seen = std::find(out.begin(), out.end(), *name);
        if (seen != out.end()) {
            ctx.reporter.error(item_ref.position, path,
                               "'" + *name + "' is listed twice (first at " +
                                   ctx.reporter.place(where[seen - out.begin()]) + ")");
            ok = false;
            continue;
        }
        out.push_back(std::move(*name));
        where.push_back(item_ref.position);
    }
    if (!ok) return std::nullopt;
    return out;
}

std::string NameListCodec::write(const std::vector<std::string>& value) const {
    std::string out = "[";
    for (std::size_t i = 0; i < value.size(); ++i)
        out += (i > 0 ? ", " : "") + YamlWriter::name(value[i]);
    return out + "]";
}

std::string NameListCodec::allowed_text() const {
    return noun + "s of the scenario (`" + refers_to + "`), each once" +
           (min_items > 0 ? "; at least " + std::to_string(min_items) : std::string());
}

void NameListCodec::describe(FieldInfo& info) const {
    info.collection = Collection::List;
    info.item_type = "name";
    info.min_items = min_items;
    info.unique_items = true;
    info.refers_to = refers_to;
}

std::vector<std::pair<std::string, std::string>> name_value_docs() {
    return {
        {"choice",
         "One of the words the key allows, written plainly (`apprenticeship`); a misspelt word "
         "gets a suggestion."},
        {"group name, shock name",
         "The name of a group (a key of `groups`) or a shock (a key of `shocks`) of the same "
         "scenario; an unknown name is an error at its line and column that suggests the "
         "closest one."},
        {"list of group names, list of shock names",
         "A YAML list of such names, each once: `[registered_nursing, care_workers]`."},
    };
}

}  // namespace wfsim::models::schema
