#include "models/scenario/yaml/text_encoding.hpp"

#include <cstdint>
#include <cstdio>

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

}  // namespace

std::optional<EncodingProblem> check_utf8_text(std::string_view text) {
    using namespace std::string_view_literals;
    if (starts_with(text, "\x00\x00\xFE\xFF"sv) || starts_with(text, "\xFF\xFE\x00\x00"sv))
        return EncodingProblem{1, 1, "the file is UTF-32 text: save it as UTF-8"};
    if (starts_with(text, "\xFE\xFF"sv) || starts_with(text, "\xFF\xFE"sv))
        return EncodingProblem{1, 1, "the file is UTF-16 text: save it as UTF-8"};
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\0') {
            return EncodingProblem{line, column,
                                   "the file contains a NUL byte: it is not a text file"};
        }
        const std::size_t length = sequence_length(text, i);
        if (length == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X",
                          static_cast<unsigned>(static_cast<std::uint8_t>(text[i])));
            return EncodingProblem{
                line, column,
                std::string("the file is not UTF-8 text (byte ") + buf + "): save it as UTF-8"};
        }
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace wfsim::models::schema
