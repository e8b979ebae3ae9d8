#include "models/scenario/diagnostic.hpp"

#include <algorithm>

#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models {
namespace {

std::string join_lines(const std::vector<Diagnostic>& diagnostics) {
    if (diagnostics.empty()) return "invalid scenario";
    std::string text;
    for (const auto& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += d.str();
    }
    return text;
}

}  // namespace

std::string Diagnostic::str() const {
    std::string text = file;
    if (line > 0) {
        text += ':';
        text += std::to_string(line);
        text += ':';
        text += std::to_string(column);
    }
    text += ": ";
    if (!path.empty()) {
        text += path;
        text += ": ";
    }
    text += message;
    return text;
}

ScenarioError::ScenarioError(std::vector<Diagnostic> diagnostics, std::size_t unlisted)
    : std::runtime_error(join_lines(diagnostics)),
      diagnostics_(std::move(diagnostics)),
      unlisted_(unlisted) {}

void DiagnosticList::add(Diagnostic diagnostic) {
    const int line = diagnostic.line, column = diagnostic.column;
    add(std::move(diagnostic), line, column);
}

void DiagnosticList::add(Diagnostic diagnostic, int line, int column) {
    if (!listing()) {
        ++unlisted_;
        return;
    }
    auto key = std::make_tuple(diagnostic.file, line, column, diagnostic.message);
    if (seen_.insert(std::move(key)).second) items_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticList::sorted() const {
    auto out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return out;
}

void DiagnosticList::throw_all() const {
    std::vector<Diagnostic> all = sorted();
    if (unlisted_ > 0) {
        all.push_back(Diagnostic{all.front().file, 0, 0, "",
                                 "and " + schema::count_text(unlisted_) +
                                     " more problems, not listed: fix these first"});
    }
    throw ScenarioError(std::move(all), unlisted_);
}

}  // namespace wfsim::models
