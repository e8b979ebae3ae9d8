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
    explicit ScenarioError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  private:
    std::vector<Diagnostic> diagnostics_;
};

// Collects the diagnostics of one file. The same message at the same place is kept once (a value
// taken from `defaults` is read again for every group that uses it).
class DiagnosticList {
  public:
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
    std::set<std::tuple<std::string, int, int, std::string>> seen_;  // file, line, column, message
};

}  // namespace wfsim::models
