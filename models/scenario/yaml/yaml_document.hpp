#pragma once
// Reading one YAML document with yaml-cpp 0.7, in bounded time and memory, whatever the text.
//
// yaml-cpp 0.7 has inputs it cannot handle: a token no node can start with (a lone ',', a ','
// after a quoted top-level value) is never consumed, so YAML::LoadAll makes empty documents
// without end until memory runs out; a quote never closed is read to the end of the file and
// accepted; a key indented less than the first one, or text after a top-level value, starts a
// second document without '---'; lone CR line ends are not line breaks; aliases may form cycles
// and trees that grow exponentially when walked; each value costs about 500 bytes. So the text is
// first read as a stream of events (yaml-cpp's own parser, no tree), stopping at the first
// problem and at the end of the first document, with the limits below; only a text that passes
// is built into a tree (YAML::Load, which reads one document). docs/scenario.md says why this
// guard was chosen over another YAML reader.
#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include "models/scenario/yaml/number_text.hpp"  // count_text, bytes_text
#include "models/scenario/yaml/yaml_reader.hpp"

namespace wfsim::models::schema {

struct YamlLimits {
    std::size_t max_bytes = std::size_t{4} << 20;  // 4 MiB
    int max_depth = 32;                            // maps and lists within each other
    std::size_t max_values = 250'000;              // scalars, maps, lists and aliases written
    std::size_t max_entries = 20'000;              // in one map or list
    std::size_t max_expanded = 1'000'000;          // values, aliases counted as what they stand for
    const char* holder = "a scenario file";        // what holds the text, for messages
};

// The limits a scenario file is read with (docs/scenario.md, "Limits").
const YamlLimits& scenario_yaml_limits();

struct YamlProblem {
    Position position;  // {0, 0} when the problem is the text as a whole
    std::string message;
};

// The one document of `text` (a null node when there is none), or the first problem: a syntax
// error, a second document, a quote never closed, a limit exceeded. `text` must be UTF-8 text
// (check_utf8_text) and at most limits.max_bytes long. Lone CR line ends are read as line
// breaks. The node's marks count lines from `first_line` (an override's value is placed after
// the file's lines); problems count them from 1. Never throws for any text.
std::variant<YAML::Node, YamlProblem> load_yaml_document(std::string_view text,
                                                         const YamlLimits& limits,
                                                         int first_line = 1);

}  // namespace wfsim::models::schema
