#pragma once
// Plain-text tables for the terminal: columns as wide as their widest cell, two spaces apart,
// text left-aligned and figures right-aligned, so that they paste as fixed-width text (or, split
// on runs of spaces, into a word processor's table).
#include <ostream>
#include <string>
#include <vector>

namespace wfsim::output {

class TextTable {
  public:
    // `right`: which columns are right-aligned (figures).
    TextTable(std::vector<std::string> header, std::vector<bool> right);
    void add(std::vector<std::string> row);
    void print(std::ostream& out, const std::string& indent = "") const;

  private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<bool> right_;
};

// Width of UTF-8 text in characters (code points), for alignment.
std::size_t display_width(const std::string& text);

}  // namespace wfsim::output
