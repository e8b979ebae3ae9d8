#pragma once
// Problems found in a scenario file, each with its place (file, line, column, key path) and what
// to fix, and the exception that carries all of them at once.
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace wfsim::models {

struct Diagnostic {
    std::string file;
    int line = 0;      // 1-based; 0 when the problem has no place in the text (unreadable file)
    int column = 0;    // 1-based
    std::string path;  // dotted key path, e.g. groups.nursing.leaving.turnover; may be empty
    std::string message;

    // "scenarios/x.yaml:12:5: groups.nursing.leaving.turnover: expected a rate in [0, 1], got 1.2"
    std::string str() const;
};

class ScenarioError : public std::runtime_error {
  public:
    // `unlisted`: problems found beyond those listed (a file of thousands of bad keys), which
    // the last diagnostic then counts.
    explicit ScenarioError(std::vector<Diagnostic> diagnostics, std::size_t unlisted = 0);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    // Every problem found, listed or not.
    std::size_t problem_count() const {
        return diagnostics_.size() + unlisted_ - (unlisted_ > 0 ? 1 : 0);
    }

  private:
    std::vector<Diagnostic> diagnostics_;
    std::size_t unlisted_ = 0;
};

// Collects the diagnostics of one file. The same message at the same place is kept once (a value
// taken from `defaults` is read again for every group that uses it). The first kMaxListed are
// kept; the others are counted, and a last diagnostic says how many there were.
class DiagnosticList {
  public:
    static constexpr std::size_t kMaxListed = 100;
    // False once kMaxListed are kept: a message need not be composed (nor compared) any more.
    bool listing() const { return items_.size() < kMaxListed; }
    void add(Diagnostic diagnostic);
    // The same for a problem whose printed place is not where it is (a value of an override,
    // printed as the override): `line` and `column` tell repeats apart.
    void add(Diagnostic diagnostic, int line, int column);
    bool empty() const { return items_.empty(); }
    std::size_t size() const { return items_.size(); }
    // Sorted by line and column; problems without a place come first; ties keep report order.
    std::vector<Diagnostic> sorted() const;
    [[noreturn]] void throw_all() const;

  private:
    std::vector<Diagnostic> items_;
    std::size_t unlisted_ = 0;
    std::set<std::tuple<std::string, int, int, std::string>> seen_;  // file, line, column, message
};

}  // namespace wfsim::models
