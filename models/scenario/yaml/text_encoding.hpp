#pragma once
// Is a file's content UTF-8 text? yaml-cpp would otherwise guess an encoding or read garbage.
#include <optional>
#include <string>
#include <string_view>

namespace wfsim::models::schema {

struct EncodingProblem {
    int line = 0;  // 1-based, counted in characters
    int column = 0;
    std::string message;
};

// The first reason `text` is not UTF-8 text: a UTF-16 or UTF-32 byte order mark, a NUL byte, or
// a byte sequence that is not UTF-8 (overlong forms and surrogates included).
std::optional<EncodingProblem> check_utf8_text(std::string_view text);

}  // namespace wfsim::models::schema
