#pragma once
// The journal of a sweep: every finished design point appended to a file beside the result as it
// finishes, so that an interrupted sweep (Ctrl-C, SIGTERM, or a killed process) keeps them and
// `--resume` continues from there. Each point is written with one write() and flushed to the
// kernel at once, so a killed process loses nothing written; it is synced to disk at most a
// second later (a power cut can lose that second).
//
// Layout: a text header, then records. The header (one line per key, "key=value", ending with a
// blank line) names what decides the results: the sweep file's and scenario's SHA-256, the
// design file's, the seed, replications, designs, the outputs and the binary's version.
// A record: "PNT1", payload length (u32 LE), FNV-1a 64 checksum of the payload (u64 LE), then
// the payload: design index (u32), point (u64), replications (u32), outputs (u32), the values
// (f64 LE, [replication][output]), error length (u32) and error text. A torn last record (a
// write cut by the kill) fails its length or checksum; resuming drops it and writes on from the
// last whole record.
#include <cstdint>
#include <string>
#include <vector>

namespace wfsim::output {

struct JournalPoint {
    std::uint32_t design = 0;  // index among the sweep's designs, in the order they run
    std::uint64_t point = 0;
    std::uint32_t replications = 0, outputs = 0;
    std::vector<double> values;  // [replication][output]
    std::string error;
};

class SweepJournal {
  public:
    // A new journal at `path` (replacing one there) with this header.
    static SweepJournal create(const std::string& path,
                               const std::vector<std::pair<std::string, std::string>>& header);
    // An existing journal: its header must equal `header` (OutputError naming the first key that
    // differs, or saying why the file is not a journal); its whole records are read into `points`
    // and a torn tail is cut off.
    static SweepJournal resume(const std::string& path,
                               const std::vector<std::pair<std::string, std::string>>& header,
                               std::vector<JournalPoint>& points);

    SweepJournal(SweepJournal&& other) noexcept;
    SweepJournal& operator=(SweepJournal&&) = delete;
    ~SweepJournal();

    void append(const JournalPoint& point);
    // Syncs and closes; then removes the file (after the results are safely written).
    void remove();
    const std::string& path() const { return path_; }

  private:
    SweepJournal(std::string path, int fd);
    std::string path_;
    int fd_ = -1;
    double last_sync_ = 0.0;
};

}  // namespace wfsim::output
