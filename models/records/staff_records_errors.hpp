#pragma once
// The problems found in a staff records file, collected for one ScenarioError: those of rows
// are listed up to a limit and counted beyond it; those of the file as a whole are all listed.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "models/scenario/diagnostic.hpp"

namespace wfsim::models::staff_errors {

inline constexpr std::size_t kListedRowErrors = 50;

class FileErrors {
  public:
    explicit FileErrors(std::string file) : file_(std::move(file)) {}
    // The index of the listed diagnostic, to complete its message later; none when not listed.
    std::optional<std::size_t> row(int line, int column, std::string path, std::string message) {
        if (rows_.size() == kListedRowErrors) {
            ++unlisted_;
            return std::nullopt;
        }
        rows_.push_back(Diagnostic{file_, line, column, std::move(path), std::move(message)});
        return rows_.size() - 1;
    }
    void file(int line, int column, std::string message) {
        others_.push_back(Diagnostic{file_, line, column, "", std::move(message)});
    }
    Diagnostic& listed_row(std::size_t index) { return rows_[index]; }
    bool empty() const { return rows_.empty() && others_.empty(); }
    [[noreturn]] void throw_all() {
        std::vector<Diagnostic> all = std::move(rows_);
        all.insert(all.end(), others_.begin(), others_.end());
        if (unlisted_ > 0) {
            all.push_back(Diagnostic{
                file_, 0, 0, "",
                "and " + std::to_string(unlisted_) + " more problems in rows, not listed"});
        }
        throw ScenarioError(std::move(all), unlisted_);
    }

  private:
    std::string file_;
    std::vector<Diagnostic> rows_, others_;
    std::size_t unlisted_ = 0;
};

}  // namespace wfsim::models::staff_errors
