#include "models/records/staff_records_csv.hpp"

#include <algorithm>
#include <cstdio>

namespace wfsim::models::csv {
namespace {

std::string byte_text(unsigned char byte) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(byte));
    return buf;
}

std::string not_utf8(unsigned char byte) {
    return "the file is not UTF-8 text (byte " + byte_text(byte) +
           "): save it as UTF-8 (in Excel: 'CSV UTF-8')";
}

}  // namespace

bool RecordReader::fill() {
    if (!in_.good()) return false;
    in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (in_.bad()) {
        fail(line_, 0, "the file cannot be read to the end");
        return false;
    }
    begin_ = 0;
    end_ = static_cast<std::size_t>(in_.gcount());
    bytes_before_buffer_ += buffer_end_;
    buffer_end_ = end_;
    return end_ > 0;
}

bool RecordReader::check_start_of_input() {
    started_ = true;
    if (!fill()) return false;
    const auto starts_with = [&](std::string_view prefix) {
        return end_ >= prefix.size() && std::string_view(buffer_.data(), prefix.size()) == prefix;
    };
    using namespace std::string_view_literals;
    if (starts_with("\x00\x00\xFE\xFF"sv) || starts_with("\xFF\xFE\x00\x00"sv)) {
        fail(1, 1, "the file is UTF-32 text: save it as UTF-8 (in Excel: 'CSV UTF-8')");
        return false;
    }
    if (starts_with("\xFE\xFF"sv) || starts_with("\xFF\xFE"sv)) {
        fail(1, 1, "the file is UTF-16 text: save it as UTF-8 (in Excel: 'CSV UTF-8')");
        return false;
    }
    if (starts_with("\xEF\xBB\xBF"sv)) begin_ = 3;  // a UTF-8 byte order mark
    return true;
}

bool RecordReader::accept_byte(unsigned char byte) {
    if (utf8_pending_ == 0) {
        if (byte == 0) {
            fail(line_, column_ + 1,
                 "the file contains a NUL byte: it is not a text file (UTF-16 without a byte "
                 "order mark?)");
            return false;
        }
        if (byte < 0x80) return true;
        utf8_line_ = line_;
        utf8_column_ = column_ + 1;
        utf8_lead_ = byte;
        if (byte >= 0xC2 && byte <= 0xDF) {
            utf8_pending_ = 1;
            utf8_code_ = byte & 0x1Fu;
            utf8_min_ = 0x80;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            utf8_pending_ = 2;
            utf8_code_ = byte & 0x0Fu;
            utf8_min_ = 0x800;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            utf8_pending_ = 3;
            utf8_code_ = byte & 0x07u;
            utf8_min_ = 0x10000;
        } else {
            fail(utf8_line_, utf8_column_, not_utf8(byte));
            return false;
        }
        return true;
    }
    if ((byte & 0xC0) != 0x80) {
        fail(utf8_line_, utf8_column_, not_utf8(utf8_lead_));
        return false;
    }
    utf8_code_ = (utf8_code_ << 6) | (byte & 0x3Fu);
    if (--utf8_pending_ > 0) return true;
    if (utf8_code_ < utf8_min_ || (utf8_code_ >= 0xD800 && utf8_code_ <= 0xDFFF) ||
        utf8_code_ > 0x10FFFF) {
        fail(utf8_line_, utf8_column_, not_utf8(utf8_lead_));
        return false;
    }
    return true;
}

std::size_t RecordReader::plain_run(std::size_t limit) const {
    if (utf8_pending_ > 0 || (state_ != State::Unquoted && state_ != State::Quoted)) return 0;
    const bool quoted = state_ == State::Quoted;
    const std::size_t end = std::min(end_, begin_ + limit);
    std::size_t i = begin_;
    for (; i < end; ++i) {
        const auto c = static_cast<unsigned char>(buffer_[i]);
        if (c >= 0x80 || c == 0 || c == '\n' || c == '\r' || c == '"' || (c == ',' && !quoted))
            break;
    }
    return i - begin_;
}

void RecordReader::begin_field() {
    field_line_ = line_;
    field_column_ = column_ + 1;
    field_text_start_ = text_.size();
}

void RecordReader::end_field() {
    field_ends_.push_back(text_.size());
    field_starts_.push_back({field_line_, field_column_});
    state_ = State::FieldStart;
}

void RecordReader::end_record() {
    fields_.clear();
    std::size_t from = 0;
    for (std::size_t i = 0; i < field_ends_.size(); ++i) {
        const std::string_view text(text_.data() + from, field_ends_[i] - from);
        fields_.push_back(Field{text, field_starts_[i].first, field_starts_[i].second});
        from = field_ends_[i];
    }
}

void RecordReader::text_after_quote(unsigned char byte) {
    if (!record_problem_) {
        record_problem_ = Problem{line_, column_,
                                  "text after the closing quote of a quoted value: write a quote "
                                  "inside a quoted value as two quotes (\"\")"};
    }
    state_ = State::Unquoted;
    text_ += static_cast<char>(byte);
}

void RecordReader::fail(int line, int column, std::string message) {
    if (!fatal_) fatal_ = Problem{line, column, std::move(message)};
    finished_ = true;
}

bool RecordReader::next() {
    if (finished_) return false;
    if (!started_ && !check_start_of_input()) {
        finished_ = true;
        return false;
    }
    text_.clear();
    field_ends_.clear();
    field_starts_.clear();
    fields_.clear();
    record_problem_.reset();
    state_ = State::FieldStart;
    record_line_ = line_;
    begin_field();
    bool any = false;  // a byte of this record was read
    std::size_t record_bytes = 0;
    for (;;) {
        if (begin_ == end_ && !fill()) {
            if (fatal_) return false;
            finished_ = true;
            if (utf8_pending_ > 0) {
                fail(utf8_line_, utf8_column_,
                     "the file ends inside a UTF-8 character: it is not UTF-8 text");
                return false;
            }
            if (state_ == State::Quoted) {
                fail(quote_line_, quote_column_,
                     "a quoted value starts here and is never closed: a closing \" is missing");
                return false;
            }
            if (!any) return false;
            end_field();
            end_record();
            return true;
        }
        if (const std::size_t run = plain_run(kMaxRecordBytes - record_bytes); run > 0) {
            text_.append(buffer_.data() + begin_, run);
            begin_ += run;
            column_ += static_cast<int>(run);
            record_bytes += run;
            after_cr_ = false;
            any = true;
            continue;
        }
        const auto byte = static_cast<unsigned char>(buffer_[begin_++]);
        if (!accept_byte(byte)) return false;
        if (++record_bytes > kMaxRecordBytes) {
            std::string message = "the record starting at line " + std::to_string(record_line_) +
                                  " is longer than 1 MiB: this is not a file of staff records";
            if (state_ == State::Quoted)
                message += ", or the quoted value at " + std::to_string(quote_line_) + ":" +
                           std::to_string(quote_column_) + " is missing its closing \"";
            fail(record_line_, 1, std::move(message));
            return false;
        }
        const bool lf_of_crlf = after_cr_ && byte == '\n';
        after_cr_ = byte == '\r';
        if (byte == '\n' || byte == '\r') {
            if (lf_of_crlf) {  // the CR already ended the line (and, outside quotes, the record)
                if (state_ == State::Quoted) {
                    text_ += '\n';
                } else {
                    --record_bytes;
                }
                continue;
            }
            new_line();
            if (state_ == State::Quoted) {
                text_ += static_cast<char>(byte);
                any = true;
                continue;
            }
            end_field();
            end_record();
            return true;
        }
        advance_column(byte);
        any = true;
        switch (state_) {
            case State::FieldStart:
                if (byte == '"') {
                    text_.resize(field_text_start_);  // spaces before a quoted value
                    state_ = State::Quoted;
                    quote_line_ = line_;
                    quote_column_ = column_;
                } else if (byte == ' ' || byte == '\t') {
                    text_ += static_cast<char>(byte);
                } else if (byte == ',') {
                    end_field();
                    begin_field();
                } else {
                    state_ = State::Unquoted;
                    text_ += static_cast<char>(byte);
                }
                break;
            case State::Unquoted:
                if (byte == ',') {
                    end_field();
                    begin_field();
                } else {
                    text_ += static_cast<char>(byte);
                }
                break;
            case State::Quoted:
                if (byte == '"') {
                    state_ = State::QuoteInQuoted;
                } else {
                    text_ += static_cast<char>(byte);
                }
                break;
            case State::QuoteInQuoted:
                if (byte == '"') {
                    text_ += '"';
                    state_ = State::Quoted;
                } else if (byte == ',') {
                    end_field();
                    begin_field();
                } else if (byte == ' ' || byte == '\t') {
                    state_ = State::AfterQuoted;
                } else {
                    text_after_quote(byte);
                }
                break;
            case State::AfterQuoted:
                if (byte == ',') {
                    end_field();
                    begin_field();
                } else if (byte != ' ' && byte != '\t') {
                    text_after_quote(byte);
                }
                break;
        }
    }
}

}  // namespace wfsim::models::csv
