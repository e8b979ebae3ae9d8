#pragma once
// The bad-input corpus (tests/hostile/corpus/*.cases): each case makes some files in an empty
// directory, runs wfsim there, and states what must come out. The format is described in
// tests/hostile/README.md. Read by the corpus test and by the fuzzers' seed exporter.
#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/hostile/file_bytes.hpp"

namespace wfsim::testing::corpus {

// One way of making a file (or directory, pipe, link) before the run.
struct Setup {
    enum class Kind { Text, Append, Copy, Edit, Repeat, Directory, Fifo, Symlink, Run };
    Kind kind = Kind::Text;
    std::string name{};
    std::string text{};     // Text: the bytes; Copy: the source (repository-relative); Symlink:
                            // the target; Repeat: the pattern ("{i}" numbers it); Run: arguments
    std::string replace{};  // Edit: the text `text` is replaced with (first occurrence)
    long count = 0;         // Repeat: how many times
};

struct Case {
    std::string file{};  // the .cases file
    int line = 0;        // where the case starts
    std::string name{};
    std::vector<Setup> setup{};
    std::vector<std::string> args{};
    int exit_code = -1;
    std::vector<std::string> errors{};   // each must appear in the standard error
    std::vector<std::string> creates{};  // files the run must leave (a success)
    std::vector<std::string> removes{};  // files the run must remove (stale temporaries)
    double seconds = 0.0;                // 0: the default bound
    double mebibytes = 0.0;
};

// `text` with "{host}" replaced by this machine's name, which temporary files carry.
inline std::string with_host(std::string text) {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    for (std::size_t at; (at = text.find("{host}")) != std::string::npos;)
        text.replace(at, 6, host);
    return text;
}

// Reads C escapes: \n \r \t \0 \\ \" \xHH.
inline std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        switch (c) {
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case '0':
                out += '\0';
                break;
            case 'x': {
                out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
                i += 2;
                break;
            }
            default:
                out += c;
        }
    }
    return out;
}

// Splits arguments at spaces; "..." groups (with C escapes inside).
inline std::vector<std::string> split_arguments(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
            any = true;
        } else if (c == '\\' && quoted && i + 1 < text.size()) {
            current += c;
            current += text[++i];
        } else if (c == ' ' && !quoted) {
            if (any || !current.empty()) out.push_back(unescape(current));
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.empty()) out.push_back(unescape(current));
    return out;
}

inline std::vector<Case> read_cases(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<Case> cases;
    std::string line;
    int number = 0;
    const auto fail = [&](const std::string& why) {
        throw std::runtime_error(path + ":" + std::to_string(number) + ": " + why);
    };
    const auto current = [&]() -> Case& {
        if (cases.empty()) fail("a directive before the first '=== name'");
        return cases.back();
    };
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#') continue;
        const std::size_t space = line.find(' ');
        const std::string word = line.substr(0, space);
        if (space != std::string::npos && word != "===" && word != "run" && word != "error")
            line = word + " " + with_host(line.substr(space + 1));
        const std::string rest = space == std::string::npos ? "" : line.substr(space + 1);
        const auto first_and_rest = [&](std::string& first) {
            const std::size_t gap = rest.find(' ');
            first = rest.substr(0, gap);
            return gap == std::string::npos ? std::string() : rest.substr(gap + 1);
        };
        if (word == "===") {
            cases.push_back(Case{path, number, rest});
        } else if (word == "file") {
            Setup s{Setup::Kind::Text, rest};
            while (std::getline(in, line)) {
                ++number;
                if (line == ".") break;
                s.text += (line == ".." ? "." : line) + "\n";
            }
            current().setup.push_back(std::move(s));
        } else if (word == "bytes" || word == "append" || word == "copy" || word == "symlink") {
            Setup s;
            s.text = first_and_rest(s.name);
            s.kind = word == "bytes"    ? Setup::Kind::Text
                     : word == "append" ? Setup::Kind::Append
                     : word == "copy"   ? Setup::Kind::Copy
                                        : Setup::Kind::Symlink;
            if (word == "bytes" || word == "append") s.text = unescape(s.text);
            current().setup.push_back(std::move(s));
        } else if (word == "edit") {
            Setup s{Setup::Kind::Edit};
            const std::string both = first_and_rest(s.name);
            const std::size_t arrow = both.find(" => ");
            if (arrow == std::string::npos) fail("edit NAME OLD => NEW");
            s.text = unescape(both.substr(0, arrow));
            s.replace = unescape(both.substr(arrow + 4));
            current().setup.push_back(std::move(s));
        } else if (word == "repeat") {
            Setup s{Setup::Kind::Repeat};
            std::string count;
            const std::string after_name = first_and_rest(s.name);
            const std::size_t gap = after_name.find(' ');
            count = after_name.substr(0, gap);
            s.count = std::stol(count);
            s.text = unescape(gap == std::string::npos ? "" : after_name.substr(gap + 1));
            current().setup.push_back(std::move(s));
        } else if (word == "mkdir" || word == "fifo") {
            current().setup.push_back(
                Setup{word == "mkdir" ? Setup::Kind::Directory : Setup::Kind::Fifo, rest});
        } else if (word == "before") {
            current().setup.push_back(Setup{Setup::Kind::Run, "", rest});
        } else if (word == "run") {
            current().args = split_arguments(rest);
        } else if (word == "exit") {
            current().exit_code = std::stoi(rest);
        } else if (word == "error") {
            current().errors.push_back(unescape(rest));
        } else if (word == "creates") {
            current().creates.push_back(rest);
        } else if (word == "removes") {
            current().removes.push_back(with_host(rest));
        } else if (word == "seconds") {
            current().seconds = std::stod(rest);
        } else if (word == "mebibytes") {
            current().mebibytes = std::stod(rest);
        } else {
            fail("unknown directive '" + word + "'");
        }
    }
    for (const Case& c : cases) {
        if (c.args.empty() || c.exit_code < 0)
            throw std::runtime_error(path + ":" + std::to_string(c.line) + ": case '" + c.name +
                                     "' needs 'run' and 'exit'");
    }
    return cases;
}

// The files a case's setup has made so far, by name, in the order first made.
using Files = std::vector<std::pair<std::string, std::string>>;

// Applies one setup step that makes or changes a file's bytes (the others change nothing here).
inline void apply_step(Files& files, const Setup& s, const std::string& source_dir) {
    std::string* text = nullptr;
    for (auto& f : files)
        if (f.first == s.name) text = &f.second;
    const bool makes = s.kind == Setup::Kind::Text || s.kind == Setup::Kind::Append ||
                       s.kind == Setup::Kind::Copy || s.kind == Setup::Kind::Repeat;
    if (!text && makes) {
        files.emplace_back(s.name, "");
        text = &files.back().second;
    }
    switch (s.kind) {
        case Setup::Kind::Text:
            *text = s.text;
            break;
        case Setup::Kind::Append:
            *text += s.text;
            break;
        case Setup::Kind::Copy:
            *text = read_whole_file(source_dir + "/" + s.text);
            break;
        case Setup::Kind::Edit: {
            if (!text) break;
            const std::size_t at = text->find(s.text);
            if (at != std::string::npos) text->replace(at, s.text.size(), s.replace);
            break;
        }
        case Setup::Kind::Repeat:
            for (long i = 0; i < s.count; ++i) {
                std::string piece = s.text;
                for (std::size_t at; (at = piece.find("{i}")) != std::string::npos;)
                    piece.replace(at, 3, std::to_string(i));
                *text += piece;
            }
            break;
        default:
            break;
    }
}

// The bytes of every file a case's setup makes, edits applied (fuzzing seeds).
inline Files case_files(const Case& c, const std::string& source_dir) {
    Files files;
    for (const Setup& s : c.setup) apply_step(files, s, source_dir);
    return files;
}

}  // namespace wfsim::testing::corpus
