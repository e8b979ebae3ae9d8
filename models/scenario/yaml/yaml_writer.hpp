#pragma once
// Writes YAML block maps by hand, so that the resolved scenario reads back through the strict
// loader exactly: numbers in their shortest exact form, text always double-quoted, names plain.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wfsim::models::schema {

class YamlWriter {
  public:
    void comment(std::string_view text);
    // `key: value`, where `value` is already YAML text (see the functions below).
    void scalar(std::string_view key, std::string_view value);
    void begin_map(std::string_view key);
    void end_map();  // an empty map is written as {}
    const std::string& str() const { return out_; }

    // A key or identifier: plain when YAML reads it back as the same text, else double-quoted.
    static std::string name(std::string_view text);
    // Text in double quotes with escapes.
    static std::string quoted(std::string_view text);
    // {a: 1, b: 2} from already-written keys and values.
    static std::string flow_map(const std::vector<std::pair<std::string, std::string>>& entries);

  private:
    void indent();
    std::string out_;
    int depth_ = 0;
    std::vector<bool> has_entries_;
};

}  // namespace wfsim::models::schema
