#include "output/sweep_journal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>
#include <utility>

#include "output/output_error.hpp"

namespace wfsim::output {
namespace {

constexpr char kMagic[] = "wfsim sweep journal 1\n";
constexpr char kRecord[4] = {'P', 'N', 'T', '1'};

std::uint64_t fnv1a(const std::string& bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

template <class T>
void put(std::string& out, T value) {
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}
void put_double(std::string& out, double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    put(out, bits);
}

// Reads little-endian fields from a byte range; `ok` turns false past its end.
struct Reader {
    const std::string& bytes;
    std::size_t at = 0;
    bool ok = true;
    template <class T>
    T get() {
        T value = 0;
        if (at + sizeof(T) > bytes.size()) {
            ok = false;
            return value;
        }
        for (std::size_t i = 0; i < sizeof(T); ++i)
            value |= static_cast<T>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
        at += sizeof(T);
        return value;
    }
    double get_double() {
        const std::uint64_t bits = get<std::uint64_t>();
        double v;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
};

std::string header_text(const std::vector<std::pair<std::string, std::string>>& header) {
    std::string text = kMagic;
    for (const auto& [key, value] : header) text += key + "=" + value + "\n";
    return text + "\n";
}

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw OutputError(path + ": " + what);
}

void write_all(int fd, const std::string& bytes, const std::string& path) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0)
            fail(path, std::string("cannot write the sweep journal: ") + std::strerror(errno));
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

SweepJournal::SweepJournal(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}

SweepJournal::SweepJournal(SweepJournal&& other) noexcept
    : path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      last_sync_(other.last_sync_) {}

SweepJournal::~SweepJournal() {
    if (fd_ >= 0) ::close(fd_);
}

SweepJournal SweepJournal::create(const std::string& path,
                                  const std::vector<std::pair<std::string, std::string>>& header) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail(path, std::string("cannot create the sweep journal: ") + std::strerror(errno));
    SweepJournal journal(path, fd);
    write_all(fd, header_text(header), path);
    ::fsync(fd);
    return journal;
}

SweepJournal SweepJournal::resume(const std::string& path,
                                  const std::vector<std::pair<std::string, std::string>>& header,
                                  std::vector<JournalPoint>& points) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path,
             "no sweep journal to resume from (a sweep that finished, or was never "
             "started with this output, has none): run without --resume");
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string expected = header_text(header);
    if (bytes.compare(0, std::strlen(kMagic), kMagic) != 0)
        fail(path, "is not a wfsim sweep journal");
    if (bytes.compare(0, expected.size(), expected) != 0) {
        // Name the first setting that differs.
        std::size_t line_start = std::strlen(kMagic);
        for (const auto& [key, value] : header) {
            const std::size_t end = bytes.find('\n', line_start);
            const std::string line =
                bytes.substr(line_start, end == std::string::npos ? end : end - line_start);
            if (line != key + "=" + value) {
                const auto eq = line.find('=');
                std::string was = "missing";
                if (eq != std::string::npos) was = std::string("'").append(line, eq + 1) + "'";
                fail(path, "was written by a different sweep: its " + key + " is " + was +
                               ", now '" + value +
                               "'; resume with the same sweep file, scenario, options and wfsim, "
                               "or start again without --resume");
            }
            if (end == std::string::npos) break;
            line_start = end + 1;
        }
        fail(path, "has a header this wfsim does not write");
    }
    std::size_t good = expected.size();
    while (good + 16 <= bytes.size()) {
        if (bytes.compare(good, 4, kRecord, 4) != 0) break;
        const std::string head = bytes.substr(good + 4, 12);
        Reader h{head};
        const auto length = h.get<std::uint32_t>();
        const auto checksum = h.get<std::uint64_t>();
        if (good + 16 + length > bytes.size()) break;
        const std::string payload = bytes.substr(good + 16, length);
        if (fnv1a(payload) != checksum) break;
        Reader r{payload};
        JournalPoint p;
        p.design = r.get<std::uint32_t>();
        p.point = r.get<std::uint64_t>();
        p.replications = r.get<std::uint32_t>();
        p.outputs = r.get<std::uint32_t>();
        const std::size_t count = static_cast<std::size_t>(p.replications) * p.outputs;
        if (!r.ok || count * 8 > payload.size()) break;
        p.values.resize(count);
        for (double& v : p.values) v = r.get_double();
        const auto error_length = r.get<std::uint32_t>();
        if (!r.ok || r.at + error_length != payload.size()) break;
        p.error = payload.substr(r.at, error_length);
        points.push_back(std::move(p));
        good += 16 + length;
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail(path, std::string("cannot open the sweep journal: ") + std::strerror(errno));
    SweepJournal journal(path, fd);
    if (::ftruncate(fd, static_cast<off_t>(good)) != 0 || ::lseek(fd, 0, SEEK_END) < 0)
        fail(path, std::string("cannot cut the sweep journal's torn end: ") + std::strerror(errno));
    return journal;
}

void SweepJournal::append(const JournalPoint& p) {
    std::string payload;
    put(payload, p.design);
    put(payload, p.point);
    put(payload, p.replications);
    put(payload, p.outputs);
    for (double v : p.values) put_double(payload, v);
    put(payload, static_cast<std::uint32_t>(p.error.size()));
    payload += p.error;
    std::string record(kRecord, 4);
    put(record, static_cast<std::uint32_t>(payload.size()));
    put(record, fnv1a(payload));
    record += payload;
    write_all(fd_, record, path_);
    const double now = now_seconds();
    if (now - last_sync_ >= 1.0) {
        ::fdatasync(fd_);
        last_sync_ = now;
    }
}

void SweepJournal::remove() {
    if (fd_ >= 0) {
        ::close(fd_);
        fd_ = -1;
    }
    ::unlink(path_.c_str());
}

}  // namespace wfsim::output
