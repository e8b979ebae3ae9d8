// What `multiply` and `add` make of a parameter's value as written in a scenario.
#include "models/scenario/variant_arithmetic.hpp"

#include <utility>
#include <vector>

#include "models/scenario/yaml/number_text.hpp"
#include "models/scenario/yaml/yaml_writer.hpp"

namespace wfsim::models::variant_arithmetic {

std::optional<double> number_of(const YAML::Node& node) {
    if (!node.IsScalar()) return std::nullopt;
    try {
        std::size_t used = 0;
        const double v = std::stod(node.Scalar(), &used);
        if (used != node.Scalar().size()) return std::nullopt;
        return v;
    } catch (...) {
        return std::nullopt;
    }
}

namespace {

std::string number_text(double v) {
    return schema::format_number(v);
}

std::optional<std::string> operated_duration_form(const std::string& kind, const YAML::Node& body,
                                                  const Arithmetic& op) {
    if (kind == "fixed") {
        auto v = number_of(body);
        if (!v) return std::nullopt;
        return "{fixed: " + number_text(op.apply(*v)) + "}";
    }
    if (!body.IsMap()) return std::nullopt;
    std::vector<std::pair<std::string, std::string>> parts;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const std::string key = it->first.Scalar();
        auto v = number_of(it->second);
        if (!v) return std::nullopt;
        const bool moves = op.multiply || key == "mean" || key == "min" || key == "max";
        const bool shift_only_mean = !op.multiply && kind == "lognormal" && key == "sd";
        parts.emplace_back(key, number_text(moves && !shift_only_mean ? op.apply(*v) : *v));
    }
    return "{" + kind + ": " + schema::YamlWriter::flow_map(parts) + "}";
}

}  // namespace

std::optional<std::string> operated(const YAML::Node& node, const Arithmetic& op, bool duration) {
    if (node.IsScalar()) {
        auto v = number_of(node);
        if (!v) return std::nullopt;
        return number_text(op.apply(*v));
    }
    if (!node.IsMap()) return std::nullopt;
    if (duration && node.size() == 1) {
        const std::string kind = node.begin()->first.Scalar();
        if (kind != "mixture") return operated_duration_form(kind, node.begin()->second, op);
        if (!node.begin()->second.IsSequence()) return std::nullopt;
        std::string out = "{mixture: [";
        bool first = true;
        // Held by name: the pair node.begin() points to is a temporary, and a range-for over its
        // member would outlive it.
        const YAML::Node components = node.begin()->second;
        for (const YAML::Node& component : components) {
            if (!component.IsMap()) return std::nullopt;
            std::string share = "1";
            std::optional<std::string> form;
            for (auto it = component.begin(); it != component.end(); ++it) {
                const std::string key = it->first.Scalar();
                if (key == "share") {
                    share = it->second.Scalar();
                } else {
                    form = operated_duration_form(key, it->second, op);
                }
            }
            if (!form) return std::nullopt;
            out += (first ? "{share: " : ", {share: ") + share + ", " + form->substr(1);
            first = false;
        }
        return out + "]}";
    }
    std::vector<std::pair<std::string, std::string>> parts;
    for (auto it = node.begin(); it != node.end(); ++it) {
        auto v = number_of(it->second);
        if (!v) return std::nullopt;
        parts.emplace_back(schema::YamlWriter::name(it->first.Scalar()), number_text(op.apply(*v)));
    }
    return schema::YamlWriter::flow_map(parts);
}

}  // namespace wfsim::models::variant_arithmetic
