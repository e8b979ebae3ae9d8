#include "models/scenario/yaml/text_encoding.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace wfsim::models::schema {
namespace {

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// Bytes in the UTF-8 sequence starting at `i`, or 0 when it is not a valid one.
std::size_t sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
    const std::uint8_t lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    if (length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) return 0;
    if (length == 4 && (code < 0x10000 || code > 0x10FFFF)) return 0;
    return length;
}

// Where byte `offset` is, as a problem reports it: its line, and its column in characters.
EncodingProblem problem_at(std::string_view text, std::size_t offset, std::string message) {
    const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t from =
        line_start == std::string_view::npos || offset == 0 ? 0 : line_start + 1;
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + from, '\n'));
    int column = 1;
    for (std::size_t i = from; i < offset; i += sequence_length(text, i)) ++column;
    return EncodingProblem{line, column, std::move(message)};
}

// Whether none of the eight bytes at `p` is 0 or above 0x7F: the common case, checked a word at
// a time (the loader fuzzer spends much of its time here otherwise).
bool plain_ascii_word(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    constexpr std::uint64_t kLow = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    return ((word | ((word - kLow) & ~word)) & kHigh) == 0;
}

}  // namespace

std::optional<EncodingProblem> check_utf8_text(std::string_view text) {
    using namespace std::string_view_literals;
    if (starts_with(text, "\x00\x00\xFE\xFF"sv) || starts_with(text, "\xFF\xFE\x00\x00"sv))
        return EncodingProblem{1, 1, "the file is UTF-32 text: save it as UTF-8"};
    if (starts_with(text, "\xFE\xFF"sv) || starts_with(text, "\xFF\xFE"sv))
        return EncodingProblem{1, 1, "the file is UTF-16 text: save it as UTF-8"};
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size() && plain_ascii_word(text.data() + i)) {
            i += 8;
            continue;
        }
        if (text[i] == '\0')
            return problem_at(text, i, "the file contains a NUL byte: it is not a text file");
        const std::size_t length = sequence_length(text, i);
        if (length == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X",
                          static_cast<unsigned>(static_cast<std::uint8_t>(text[i])));
            return problem_at(
                text, i,
                std::string("the file is not UTF-8 text (byte ") + buf + "): save it as UTF-8");
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace wfsim::models::schema
