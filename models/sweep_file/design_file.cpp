#include "models/sweep_file/design_file.hpp"

#include <cmath>
#include <sstream>

#include "models/records/staff_records_csv.hpp"
#include "models/scenario/diagnostic.hpp"
#include "models/scenario/input_file.hpp"
#include "models/scenario/yaml/closest_key.hpp"
#include "models/scenario/yaml/number_text.hpp"

namespace wfsim::models {
namespace {

struct Cell {
    std::string text;
    int line = 0, column = 0;
};

// A record's cells: its CSV fields, or, when it is one field holding spaces or tabs, that
// field split at them (SALib's and numpy's default).
std::vector<Cell> cells_of(const std::vector<csv::Field>& fields) {
    std::vector<Cell> cells;
    if (fields.size() == 1 && fields[0].text.find_first_of(" \t") != std::string_view::npos) {
        const std::string_view t = fields[0].text;
        std::size_t i = 0;
        while (i < t.size()) {
            while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
            const std::size_t start = i;
            while (i < t.size() && t[i] != ' ' && t[i] != '\t') ++i;
            if (i > start)
                cells.push_back({std::string(t.substr(start, i - start)), fields[0].line,
                                 fields[0].column + static_cast<int>(start)});
        }
        return cells;
    }
    for (const csv::Field& f : fields) {
        std::string_view t = f.text;
        int column = f.column;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) {
            t.remove_prefix(1);
            ++column;
        }
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
        cells.push_back({std::string(t), f.line, column});
    }
    return cells;
}

bool skipped(const std::vector<Cell>& cells) {
    return cells.empty() || (cells.size() == 1 && cells[0].text.empty()) ||
           (!cells[0].text.empty() && cells[0].text[0] == '#');
}

class DesignReader {
  public:
    DesignReader(std::string file, const std::vector<FactorSpec>& factors)
        : file_(std::move(file)), factors_(factors) {
        for (const FactorSpec& f : factors) distributions_.push_back(f.distribution());
        for (std::size_t f = 0; f < factors.size(); ++f) column_factor_.push_back(f);
    }

    DesignFileMatrix read(std::istream& in) {
        csv::RecordReader reader(in);
        bool first = true;
        while (reader.next()) {
            if (!diagnostics_.listing()) break;
            const std::vector<Cell> cells = cells_of(reader.fields());
            if (skipped(cells)) continue;
            if (first && !all_numbers(cells)) {
                first = false;
                header(cells, reader.line());
                continue;
            }
            first = false;
            row(cells, reader.line());
            if (matrix_.points > kMaxDesignPoints) {
                problem(reader.line(), 1,
                        "more than " + schema::count_text(kMaxDesignPoints) +
                            " design points; split the design into several sweeps");
                break;
            }
        }
        if (const auto& fatal = reader.fatal()) problem(fatal->line, fatal->column, fatal->message);
        if (diagnostics_.empty() && matrix_.points == 0)
            problem(0, 0, "holds no design points: give one line of factor values per point");
        if (!diagnostics_.empty()) diagnostics_.throw_all();
        return std::move(matrix_);
    }

  private:
    void problem(int line, int column, std::string message) {
        diagnostics_.add({file_, line, column, "", std::move(message)});
    }

    static bool all_numbers(const std::vector<Cell>& cells) {
        for (const Cell& c : cells)
            if (!schema::parse_decimal(c.text)) return false;
        return true;
    }

    std::string factor_names() const {
        std::string out;
        for (const FactorSpec& f : factors_) out += (out.empty() ? "" : ", ") + f.name;
        return out;
    }

    void header(const std::vector<Cell>& cells, int line) {
        std::vector<schema::KeyCandidate> candidates;
        for (const FactorSpec& f : factors_) candidates.push_back({f.name, {f.name}});
        std::vector<int> seen(factors_.size(), 0);
        column_factor_.clear();
        for (const Cell& c : cells) {
            std::size_t f = 0;
            while (f < factors_.size() && factors_[f].name != c.text) ++f;
            if (f == factors_.size()) {
                std::string message = "column '" + c.text + "' is not a factor of the sweep";
                if (auto near = schema::closest_key(c.text, candidates))
                    message += "; did you mean '" + *near + "'?";
                else
                    message += " (its factors: " + factor_names() + ")";
                problem(c.line, c.column, std::move(message));
            } else if (seen[f]++) {
                problem(c.line, c.column, "factor '" + c.text + "' has two columns");
            }
            column_factor_.push_back(f);
        }
        for (std::size_t f = 0; f < factors_.size(); ++f)
            if (!seen[f])
                problem(line, 1, "the header has no column for factor '" + factors_[f].name + "'");
    }

    void row(const std::vector<Cell>& cells, int line) {
        if (cells.size() != column_factor_.size()) {
            problem(line, 1,
                    "expected " + std::to_string(column_factor_.size()) + " values (" +
                        factor_names() + "), got " + std::to_string(cells.size()));
            return;
        }
        const std::size_t k = factors_.size(), at = matrix_.values.size();
        matrix_.values.resize(at + k, 0.0);
        ++matrix_.points;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::size_t f = column_factor_[i];
            if (f >= k) continue;  // a bad header column, reported
            const auto value = schema::parse_decimal(cells[i].text);
            const sweeps::FactorDistribution& d = distributions_[f];
            if (!value) {
                problem(cells[i].line, cells[i].column,
                        "factor " + factors_[f].name + ": expected a number, got '" +
                            cells[i].text + "'");
            } else if (*value < d.lower() || *value > d.upper()) {
                problem(cells[i].line, cells[i].column,
                        "factor " + factors_[f].name + ": " + cells[i].text +
                            " is outside its range " + d.text());
            } else {
                matrix_.values[at + f] = *value;
            }
        }
    }

    std::string file_;
    const std::vector<FactorSpec>& factors_;
    std::vector<sweeps::FactorDistribution> distributions_;
    std::vector<std::size_t> column_factor_;  // the factor of each column
    DiagnosticList diagnostics_;
    DesignFileMatrix matrix_;
};

}  // namespace

DesignFileMatrix read_design_text(const std::string& text, const std::string& display_name,
                                  const std::vector<FactorSpec>& factors) {
    std::istringstream in(text);
    return DesignReader(display_name, factors).read(in);
}

DesignFileMatrix read_design_file(const std::string& path, const std::vector<FactorSpec>& factors) {
    std::string problem;
    const auto text = read_input_file(path, "design file", kMaxDesignFileBytes, problem);
    if (!text) throw ScenarioError({Diagnostic{path, 0, 0, "", problem}});
    return read_design_text(*text, path, factors);
}

std::string salib_problem_text(const std::vector<FactorSpec>& factors) {
    // Nothing but the factor lines: SALib's reader (read_param_file) guesses the delimiter from
    // the file's first 1024 bytes with Python's csv.Sniffer, which gives up ("Could not
    // determine delimiter") when any line, comments included, has another count of spaces.
    std::ostringstream out;
    for (const FactorSpec& f : factors) {
        const sweeps::FactorDistribution d = f.distribution();
        const double lower = d.bounded() ? d.lower() : d.grid_lower();
        const double upper = d.bounded() ? d.upper() : d.grid_upper();
        out << f.name << ' ' << schema::format_number(lower) << ' ' << schema::format_number(upper)
            << '\n';
    }
    return out.str();
}

}  // namespace wfsim::models
