#include "models/scenario/schema/override_origins.hpp"

namespace wfsim::models::schema {

int count_lines(std::string_view text) {
    // \r\n counts twice here: a block may be larger than needed, never smaller.
    int lines = 1;
    for (const char c : text)
        if (c == '\n' || c == '\r') ++lines;
    return lines;
}

OverrideOrigins::OverrideOrigins(std::string_view file_text) : file_text_(file_text) {}

int OverrideOrigins::reserve(std::string label, ParameterPath target, int line_count) {
    // The file's lines are counted only when there is an override to place after them.
    if (next_line_ == 0) next_line_ = count_lines(file_text_) + 2;
    const int first = next_line_;
    origins_.push_back(Origin{std::move(label), std::move(target), first, line_count});
    next_line_ += line_count + 1;
    return first;
}

const OverrideOrigins::Origin* OverrideOrigins::find(Position position) const {
    for (const Origin& origin : origins_) {
        if (position.line >= origin.first_line &&
            position.line < origin.first_line + origin.line_count)
            return &origin;
    }
    return nullptr;
}

std::string OverrideOrigins::placed_at(int line, std::string_view text) {
    std::string placed(static_cast<std::size_t>(line > 1 ? line - 1 : 0), '\n');
    placed += text;
    return placed;
}

}  // namespace wfsim::models::schema
