#include "models/scenario/yaml/yaml_document.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <vector>

namespace wfsim::models::schema {
namespace {

// A problem found while reading the events: thrown out of yaml-cpp's parser, which stops there.
struct Stop {
    Position position;
    std::string message;
};

Position at(const YAML::Mark& mark) {
    return {mark.line + 1, mark.column + 1};
}

// The text as yaml-cpp's marks index it: without a UTF-8 byte order mark, which yaml-cpp skips
// without counting, and with lone CR line ends (old Mac files) as LF, which yaml-cpp 0.7 does not
// read as line breaks.
std::string as_marked(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::string out(text);
    for (std::size_t i = out.find('\r'); i != std::string::npos; i = out.find('\r', i + 1))
        if (i + 1 == out.size() || out[i + 1] != '\n') out[i] = '\n';
    return out;
}

// Index just past the quote closing the quoted scalar that opens at `open`, or npos when the
// text ends first (yaml-cpp 0.7 then takes the rest of the file as the value).
std::size_t closing_quote(std::string_view text, std::size_t open) {
    const char quote = text[open];
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape: the next character is part of it
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;  // '' stands for one quote
                continue;
            }
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// The first line in text[from, to) after the one holding `from` that has text and is indented by
// at most `indent` columns: the line number (1-based, counted from `line` at `from`) and its text.
struct LineAt {
    int line = 0;
    std::string_view text;
};
std::optional<LineAt> outdented_line(std::string_view text, std::size_t from, std::size_t to,
                                     int line, int indent) {
    std::size_t i = text.find('\n', from);
    while (i != std::string_view::npos && i < to) {
        ++line;
        const std::size_t start = i + 1;
        std::size_t first = start;
        while (first < text.size() && text[first] == ' ') ++first;
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const bool blank = first >= end || text[first] == '\r';
        if (!blank && static_cast<int>(first - start) <= indent)
            return LineAt{line, text.substr(start, end - start)};
        i = text.find('\n', start);
    }
    return std::nullopt;
}

std::string excerpt(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.size() > 40) return std::string(line.substr(0, 37)) + "...";
    return std::string(line);
}

// YAML indents with spaces only; a tab in the indentation of the line of a syntax error, or of
// the line before it, is the likely cause.
std::string tab_hint(std::string_view text, Position where) {
    std::size_t start = 0;
    for (int line = 1; line < where.line - 1 && start != std::string_view::npos; ++line) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    for (int k = 0; k < 2 && start != std::string_view::npos && start < text.size(); ++k) {
        std::size_t i = start;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
            if (text[i] == '\t')
                return " (a tab indents a line near here: YAML indents with spaces)";
            ++i;
        }
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    return "";
}

// What a character that no value can start with is, for messages.
std::string describe_character(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return "the end of the file";
    switch (text[pos]) {
        case ',':
            return "',' (a comma separates items only inside [...] or {...})";
        case ']':
        case '}':
            return std::string("'") + text[pos] + "' (closing a list or map that was not opened)";
        default: {
            const std::size_t end = std::min(text.find('\n', pos), text.size());
            return "'" + excerpt(text.substr(pos, end - pos)) + "'";
        }
    }
}

// Reads the events of the first document, checking the limits; stops at a second one.
class GuardHandler final : public YAML::EventHandler {
  public:
    GuardHandler(std::string_view text, const YamlLimits& limits) : text_(text), limits_(limits) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        if (++documents_ > 1) throw Stop{at(mark), second_document(mark)};
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        leaf(mark, anchor, Kind::Null);
    }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string&) override {
        check_quote(mark);
        leaf(mark, anchor, Kind::Scalar);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const auto found = anchor_values_.find(anchor);
        if (found == anchor_values_.end()) {
            throw Stop{at(mark), "the alias *" + anchor_name(anchor) +
                                     " is inside the value it stands for (a cycle): write the "
                                     "value out instead"};
        }
        count_value(mark, Kind::Scalar);
        add_to_parent(mark, found->second);
    }
    void OnAnchor(const YAML::Mark&, const std::string& name) override {
        anchor_names_.push_back(name);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(mark, anchor, false, style);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(mark, anchor, true, style);
    }
    void OnMapEnd() override { close(); }

  private:
    enum class Kind { Null, Scalar, Map, List };
    struct Open {
        YAML::Mark mark;
        YAML::anchor_t anchor;
        bool map;
        bool block;
        std::size_t items = 0;     // keys and values, for a map
        std::size_t expanded = 1;  // this collection and everything in it, through aliases
    };

    void count_value(const YAML::Mark& mark, Kind kind) {
        if (values_ == 0) root_ = Root{mark, kind};
        if (++values_ > limits_.max_values) {
            throw Stop{at(mark), "the file holds more than " + count_text(limits_.max_values) +
                                     " values (each costs about 500 bytes to read); a "
                                     "scenario needs far fewer: is this the right file?"};
        }
        if (stack_.empty()) return;
        Open& parent = stack_.back();
        const std::size_t limit = limits_.max_entries * (parent.map ? 2 : 1);
        if (++parent.items > limit) {
            throw Stop{at(parent.mark), std::string(parent.map ? "this map has" : "this list has") +
                                            " more than " + count_text(limits_.max_entries) +
                                            " entries, the most one map or list may hold"};
        }
    }

    void add_to_parent(const YAML::Mark& mark, std::size_t expanded) {
        if (stack_.empty()) return;
        Open& parent = stack_.back();
        parent.expanded = std::min(parent.expanded + expanded, limits_.max_expanded + 1);
        if (parent.expanded > limits_.max_expanded) {
            throw Stop{at(mark), "with its aliases (*name) the file stands for more than " +
                                     count_text(limits_.max_expanded) +
                                     " values: write shared parts out, or use fewer aliases"};
        }
    }

    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, Kind kind) {
        count_value(mark, kind);
        if (anchor) anchor_values_[anchor] = 1;
        add_to_parent(mark, 1);
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool map,
              YAML::EmitterStyle::value style) {
        const bool block = style != YAML::EmitterStyle::Flow;
        count_value(mark, map ? Kind::Map : Kind::List);
        if (values_ == 1) root_.block = block;
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            throw Stop{at(mark), "maps and lists are nested more than " +
                                     std::to_string(limits_.max_depth) +
                                     " deep here; a scenario needs fewer than 10 levels"};
        }
        stack_.push_back(Open{mark, anchor, map, block});
    }

    void close() {
        const Open done = stack_.back();
        stack_.pop_back();
        if (done.anchor) anchor_values_[done.anchor] = done.expanded;
        add_to_parent(done.mark, done.expanded);
    }

    std::string anchor_name(YAML::anchor_t anchor) const {
        return anchor >= 1 && anchor <= anchor_names_.size() ? anchor_names_[anchor - 1] : "?";
    }

    // A quoted value must close, and the lines it goes on over must be indented more than the
    // map or list holding it (YAML 1.2; yaml-cpp 0.7 checks neither).
    void check_quote(const YAML::Mark& mark) {
        std::size_t open = static_cast<std::size_t>(mark.pos);
        // Skip an anchor or a tag before the value: the mark is at the first of them.
        while (open < text_.size() && (text_[open] == '&' || text_[open] == '!')) {
            while (open < text_.size() && text_[open] != ' ' && text_[open] != '\n') ++open;
            while (open < text_.size() && (text_[open] == ' ' || text_[open] == '\n')) ++open;
        }
        if (open >= text_.size() || (text_[open] != '"' && text_[open] != '\'')) return;
        const Position quote_at{mark.line + 1, mark.column + 1 + static_cast<int>(open - mark.pos)};
        const std::size_t end = closing_quote(text_, open);
        if (end == std::string_view::npos) {
            throw Stop{quote_at, std::string("the quote ") + text_[open] +
                                     " opened here is never closed: add the closing quote"};
        }
        int indent = -1;  // of the innermost block map or list
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            if (it->block) {
                indent = it->mark.column;
                break;
            }
        }
        if (const auto line = outdented_line(text_, open, end, quote_at.line, indent)) {
            throw Stop{quote_at, std::string("the quote ") + text_[open] +
                                     " opened here is not closed on its line, and line " +
                                     std::to_string(line->line) + " ('" + excerpt(line->text) +
                                     "') is not indented within it: close the quote, or indent "
                                     "the lines of a long quoted value more than its key"};
        }
    }

    std::string second_document(const YAML::Mark& mark) const {
        const std::size_t pos = static_cast<std::size_t>(mark.pos);
        const std::string_view rest = text_.substr(std::min(pos, text_.size()));
        if (rest.substr(0, 3) == "---")
            return std::string(limits_.holder) +
                   " holds one YAML document; found a second one here ('---')";
        if (root_.kind == Kind::Map && root_.block && mark.column < root_.mark.column) {
            return "this line is indented less than the first key of the file (" +
                   position_text(at(root_.mark)) +
                   "): the top-level keys must all start in the same column, best the first";
        }
        if (root_.kind == Kind::Scalar && values_ == 1 && rest.substr(0, 1) == ",") {
            return "unexpected " + describe_character(text_, pos) + " after the value at " +
                   position_text(at(root_.mark)) +
                   ": this looks like comma-separated values (a CSV file), not a scenario, "
                   "which is a map of keys such as 'name: ...'";
        }
        if (values_ > 0 && pos > static_cast<std::size_t>(root_.mark.pos)) {
            return "unexpected " + describe_character(text_, pos) +
                   " after the end of the value that starts at " + position_text(at(root_.mark));
        }
        return "unexpected " + describe_character(text_, pos);
    }

    struct Root {
        YAML::Mark mark;
        Kind kind = Kind::Null;
        bool block = false;
    };

    std::string_view text_;
    const YamlLimits& limits_;
    int documents_ = 0;
    std::size_t values_ = 0;
    Root root_;
    std::vector<Open> stack_;
    std::unordered_map<YAML::anchor_t, std::size_t> anchor_values_;  // values each stands for
    std::vector<std::string> anchor_names_;                          // by anchor number - 1
};

}  // namespace

const YamlLimits& scenario_yaml_limits() {
    static const YamlLimits limits{};
    return limits;
}

std::variant<YAML::Node, YamlProblem> load_yaml_document(std::string_view text,
                                                         const YamlLimits& limits, int first_line) {
    if (text.size() > limits.max_bytes) {
        return YamlProblem{{},
                           "the text is " + count_text(text.size()) + " bytes, more than the " +
                               bytes_text(limits.max_bytes) + " " + limits.holder + " may hold"};
    }
    const std::string normalised = as_marked(text);
    try {
        std::istringstream stream(normalised);
        YAML::Parser parser(stream);
        GuardHandler guard(normalised, limits);
        bool any = false;
        // At most two rounds: the second one ends the input or throws at a second document.
        for (int round = 0; round < 2 && parser.HandleNextDocument(guard); ++round) any = true;
        if (!any) return YAML::Node(YAML::NodeType::Null);
        if (first_line <= 1) return YAML::Load(normalised);
        return YAML::Load(std::string(static_cast<std::size_t>(first_line - 1), '\n') + normalised);
    } catch (const Stop& stop) {
        return YamlProblem{stop.position, stop.message};
    } catch (const YAML::Exception& e) {
        Position where;
        if (!e.mark.is_null() && e.mark.line >= 0 && e.mark.column >= 0) where = at(e.mark);
        if (e.msg == YAML::ErrorMsg::EOF_IN_SCALAR)
            return YamlProblem{where,
                               "the text ends inside a quoted value: a closing quote is "
                               "missing"};
        return YamlProblem{where, "YAML syntax error: " + e.msg + tab_hint(normalised, where)};
    }
}

}  // namespace wfsim::models::schema
