#pragma once
// Streaming reader of CSV text (RFC 4180) for staff records: comma-separated fields, optionally in
// double quotes with "" for a quote and with commas and line breaks inside (spaces around the
// quotes are not part of the value); LF, CRLF or CR line ends; a UTF-8 byte order mark skipped.
// Checks as it goes that the bytes are UTF-8 text, keeps the line and column where each field
// starts, and bounds the memory one record may take, so that any input ends in records or a
// problem, never a crash or a hang.
#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wfsim::models::csv {

struct Field {
    std::string_view text;  // the value, quotes and "" escapes undone; valid until next()
    int line = 0;           // 1-based line where the field starts
    int column = 0;         // 1-based, counted in characters
};

struct Problem {
    int line = 0;
    int column = 0;
    std::string message;
};

class RecordReader {
  public:
    static constexpr std::size_t kMaxRecordBytes = std::size_t{1} << 20;

    explicit RecordReader(std::istream& in) : in_(in) {}

    // Reads the next record. False at the end of the input, and when the input cannot be read
    // further: then fatal() says why (not UTF-8 text, a quote never closed, a read error).
    bool next();

    const std::vector<Field>& fields() const { return fields_; }
    int line() const { return record_line_; }  // where the record starts
    // Bytes of the input read so far, up to the end of the record just read.
    std::size_t bytes_read() const { return bytes_before_buffer_ + begin_; }
    // A problem confined to the record just read (text after a closing quote); the record's
    // fields are still given, but its values are not to be trusted.
    const std::optional<Problem>& record_problem() const { return record_problem_; }
    const std::optional<Problem>& fatal() const { return fatal_; }

  private:
    // AfterQuoted: spaces after the closing quote, which are not part of the value.
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterQuoted };

    // Fills the buffer; false at the end of the input (or on a read error, then fatal_).
    bool fill();
    // Checks one byte against UTF-8; false (and fatal_) when the text cannot be UTF-8.
    bool accept_byte(unsigned char byte);
    bool check_start_of_input();
    // Bytes from begin_ (at most `limit`) that only extend the value being read: ASCII text
    // other than quotes, line ends, NUL and (outside quotes) commas. Read as a run, not byte by
    // byte, because they need no checks.
    std::size_t plain_run(std::size_t limit) const;
    void begin_field();
    void end_field();
    void end_record();
    // Keeps a byte that follows a closing quote, noting the record's problem.
    void text_after_quote(unsigned char byte);
    // Advances the position past a byte that is not a line end.
    void advance_column(unsigned char byte) {
        if ((byte & 0xC0) != 0x80) ++column_;
    }
    void new_line() {
        ++line_;
        column_ = 0;
    }
    void fail(int line, int column, std::string message);

    std::istream& in_;
    std::vector<char> buffer_ = std::vector<char>(std::size_t{1} << 16);
    std::size_t begin_ = 0, end_ = 0;
    std::size_t bytes_before_buffer_ = 0, buffer_end_ = 0;  // for bytes_read()
    bool started_ = false;
    bool finished_ = false;
    bool after_cr_ = false;  // a CR ended the last line; an LF right after it is part of it

    int line_ = 1;
    int column_ = 0;  // of the last byte read
    int utf8_pending_ = 0;
    unsigned utf8_code_ = 0;
    unsigned utf8_min_ = 0;  // smallest code point the sequence may encode (no overlong forms)
    unsigned char utf8_lead_ = 0;  // the first byte of the sequence, and where it is
    int utf8_line_ = 0, utf8_column_ = 0;

    State state_ = State::FieldStart;
    std::string text_;  // the values of the record, one after another
    std::vector<std::size_t> field_ends_;
    std::vector<std::pair<int, int>> field_starts_;  // line and column of each field
    int field_line_ = 0, field_column_ = 0;          // where the field being read starts
    std::size_t field_text_start_ = 0;               // where its value starts in text_
    std::vector<Field> fields_;
    int record_line_ = 0;
    int quote_line_ = 0, quote_column_ = 0;  // where the open quoted value began
    std::optional<Problem> record_problem_;
    std::optional<Problem> fatal_;
};

}  // namespace wfsim::models::csv
