#include "models/scenario/yaml/yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "models/scenario/scenario_limits.hpp"
#include "models/scenario/schema/override_origins.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models::schema {
namespace {

// Maps of up to this many keys are searched by a scan; larger ones (a map of thousands of
// groups) through an index, so that reading a map is not quadratic in its size.
constexpr std::size_t kIndexFrom = 16;

bool is_plain(const YAML::Node& node) {
    return node.Tag() == "?";
}
bool is_quoted(const YAML::Node& node) {
    return node.Tag() == "!";
}

std::string shortened(const std::string& text) {
    return text.size() <= 40 ? text : text.substr(0, 37) + "...";
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool is_yes_no_word(const std::string& text) {
    static const char* const kWords[] = {"yes", "no", "on", "off", "y", "n"};
    const std::string word = lower(text);
    return std::any_of(std::begin(kWords), std::end(kWords),
                       [&](const char* w) { return word == w; });
}

// A scalar with an explicit tag (!!float, !custom) is reported: tags are not part of the format.
bool reject_tag(const ValueRef& ref, Reporter& reporter) {
    if (!ref.node.IsScalar() || is_plain(ref.node) || is_quoted(ref.node)) return false;
    reporter.error(ref.position, ref.path,
                   "YAML tags such as '" + ref.node.Tag() + "' are not supported: remove the tag");
    return true;
}

void expected_found(const ValueRef& ref, Reporter& reporter, std::string_view expected,
                    std::string hint = "") {
    std::string message =
        "expected " + std::string(expected) + ", found " + describe_found(ref.node);
    if (!hint.empty()) message += ": " + hint;
    reporter.error(ref.position, ref.path, std::move(message));
}

// A number beyond kLargestNumber is a slip (1e308 for 1e3), and would overflow what it sizes.
std::optional<WrittenNumber> within_largest(WrittenNumber number, const ValueRef& ref,
                                            Reporter& reporter, std::string_view expected) {
    if (std::abs(number.value) <= kLargestNumber) return number;
    expected_found(ref, reporter, expected,
                   "no number in a scenario is larger than 1e12 in size; check the figure");
    return std::nullopt;
}

std::optional<WrittenNumber> read_number_text(const ValueRef& ref, Reporter& reporter,
                                              std::string_view expected, bool percent) {
    if (reject_tag(ref, reporter)) return std::nullopt;
    if (!ref.node.IsScalar()) {
        expected_found(ref, reporter, expected);
        return std::nullopt;
    }
    const std::string& text = ref.node.Scalar();
    if (percent && !text.empty() && text.back() == '%') {
        std::string_view digits(text);
        digits.remove_suffix(1);
        while (!digits.empty() && digits.back() == ' ') digits.remove_suffix(1);
        if (auto value = parse_decimal(digits))
            return within_largest({*value / 100.0, text}, ref, reporter, expected);
        expected_found(ref, reporter, expected, "a percentage is a number followed by %");
        return std::nullopt;
    }
    const auto value = parse_decimal(text);
    if (value && is_plain(ref.node)) return within_largest({*value, text}, ref, reporter, expected);
    if (value) {
        expected_found(ref, reporter, expected, "write numbers without quotes");
    } else if (is_plain(ref.node) && is_yes_no_word(text)) {
        expected_found(ref, reporter, expected, "yes/no/on/off are not values in this format");
    } else {
        expected_found(ref, reporter, expected);
    }
    return std::nullopt;
}

}  // namespace

Position position_of(const YAML::Node& node) {
    if (!node.IsDefined()) return {};
    const YAML::Mark mark = node.Mark();
    if (mark.is_null() || mark.line < 0 || mark.column < 0) return {};
    return {mark.line + 1, mark.column + 1};
}

std::string position_text(Position position) {
    return std::to_string(position.line) + ":" + std::to_string(position.column);
}

std::string join_path(std::string_view parent, std::string_view key) {
    if (parent.empty()) return std::string(key);
    return std::string(parent) + "." + std::string(key);
}

void Reporter::error(Position where, std::string path, std::string message) {
    ++count_;
    if (const auto* origin = origins_ ? origins_->find(where) : nullptr) {
        // The override names its target already; only a key within it is worth repeating.
        path = path_as_written(path, origin->target);
        list_.add(Diagnostic{origin->label, 0, 0, std::move(path), std::move(message)}, where.line,
                  where.column);
        return;
    }
    list_.add(Diagnostic{file_, where.line, where.column, std::move(path), std::move(message)});
}

std::string Reporter::place(Position where) const {
    if (names_)
        if (auto named = names_(where)) return *named;
    if (const auto* origin = origins_ ? origins_->find(where) : nullptr) return origin->label;
    return position_text(where);
}

std::string describe_found(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return "nothing (an empty value)";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Map:
            return "a map";
        case YAML::NodeType::Scalar:
            break;
    }
    const std::string text = shortened(node.Scalar());
    if (is_quoted(node)) return "the quoted string \"" + text + "\"";
    return "'" + text + "'";
}

Position MapEntry::value_position() const {
    const Position at = value.IsNull() ? Position{} : position_of(value);
    return at.line > 0 ? at : key_position;
}

MapReader::MapReader(const YAML::Node& map, const std::string& path, Reporter* reporter)
    : position_(position_of(map)) {
    if (!map.IsMap()) return;
    for (const auto& pair : map) {
        const YAML::Node& key = pair.first;
        const Position key_at = position_of(key);
        if (!key.IsScalar() || !(is_plain(key) || is_quoted(key))) {
            if (reporter) {
                reporter->error(key_at, path,
                                "keys must be names, found " + describe_found(key) + " as a key");
            }
            continue;
        }
        const std::string name = key.Scalar();
        if (const MapEntry* first = find(name)) {
            if (reporter) {
                reporter->error(key_at, join_path(path, name),
                                "duplicate key '" + name + "' (first at " +
                                    reporter->place(first->key_position) + "); give each key once");
            }
            continue;
        }
        entries_.push_back(MapEntry{name, key_at, pair.second});
        if (entries_.size() == kIndexFrom) {
            for (std::size_t i = 0; i < entries_.size(); ++i) index_.emplace(entries_[i].key, i);
        } else if (entries_.size() > kIndexFrom) {
            index_.emplace(name, entries_.size() - 1);
        }
    }
}

const MapEntry* MapReader::find(std::string_view key) const {
    if (entries_.size() >= kIndexFrom) {
        const auto it = index_.find(key);
        return it == index_.end() ? nullptr : &entries_[it->second];
    }
    for (const auto& entry : entries_)
        if (entry.key == key) return &entry;
    return nullptr;
}

KeyPlace Reporter::key_place(Position where) const {
    if (const auto* origin = origins_ ? origins_->find(where) : nullptr)
        return KeyPlace{origin->label, 0, 0};
    return KeyPlace{file_, where.line, where.column};
}

ValueRef value_ref(const MapEntry& entry, std::string path) {
    return ValueRef{entry.value, entry.value_position(), std::move(path)};
}

std::optional<WrittenNumber> read_number(const ValueRef& ref, Reporter& reporter,
                                         std::string_view expected) {
    return read_number_text(ref, reporter, expected, false);
}

std::optional<WrittenNumber> read_rate(const ValueRef& ref, Reporter& reporter) {
    return read_number_text(ref, reporter,
                            "a rate (a fraction such as 0.12 or a percentage such as 12%)", true);
}

std::optional<long long> read_integer(const ValueRef& ref, Reporter& reporter) {
    if (reject_tag(ref, reporter)) return std::nullopt;
    if (!ref.node.IsScalar()) {
        expected_found(ref, reporter, "a whole number");
        return std::nullopt;
    }
    const auto value = parse_whole(ref.node.Scalar());
    if (value && is_plain(ref.node)) return value;
    if (value) {
        expected_found(ref, reporter, "a whole number", "write numbers without quotes");
    } else if (ref.node.Scalar().find_first_of(".eE") == std::string::npos &&
               parse_decimal(ref.node.Scalar())) {
        expected_found(ref, reporter, "a whole number", "it is too large");
    } else if (parse_decimal(ref.node.Scalar())) {
        expected_found(ref, reporter, "a whole number", "no fraction allowed here");
    } else {
        expected_found(ref, reporter, "a whole number");
    }
    return std::nullopt;
}

std::optional<bool> read_boolean(const ValueRef& ref, Reporter& reporter) {
    if (reject_tag(ref, reporter)) return std::nullopt;
    if (ref.node.IsScalar() && is_plain(ref.node)) {
        const std::string& text = ref.node.Scalar();
        if (text == "true") return true;
        if (text == "false") return false;
        if (is_yes_no_word(text) || lower(text) == "true" || lower(text) == "false") {
            expected_found(ref, reporter, "true or false",
                           "only the lower-case words true and false are booleans here");
            return std::nullopt;
        }
    }
    expected_found(ref, reporter, "true or false");
    return std::nullopt;
}

std::optional<std::string> read_text(const ValueRef& ref, Reporter& reporter) {
    if (reject_tag(ref, reporter)) return std::nullopt;
    if (!ref.node.IsScalar()) {
        expected_found(ref, reporter, "text");
        return std::nullopt;
    }
    return ref.node.Scalar();
}

std::optional<sim::Date> read_date(const ValueRef& ref, Reporter& reporter) {
    if (reject_tag(ref, reporter)) return std::nullopt;
    if (!ref.node.IsScalar()) {
        expected_found(ref, reporter, "a date YYYY-MM-DD");
        return std::nullopt;
    }
    const std::string& text = ref.node.Scalar();
    if (auto date = sim::Date::parse(text)) return date;
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        std::all_of(text.begin(), text.end(),
                                    [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (shaped) {
        reporter.error(ref.position, ref.path,
                       "'" + text +
                           "' is not a real date (years 1800-2300, months 01-12, days "
                           "within the month)");
    } else {
        expected_found(ref, reporter, "a date YYYY-MM-DD");
    }
    return std::nullopt;
}

}  // namespace wfsim::models::schema
