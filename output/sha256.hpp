#pragma once
// SHA-256 (FIPS 180-4), to record the exact bytes of a scenario file in its results.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace wfsim::output {

class Sha256 {
  public:
    Sha256();
    void update(std::string_view bytes);
    std::array<std::uint8_t, 32> digest();  // finishes: call once

  private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t length_ = 0;  // bytes
};

// The digest of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);
// The digest of a file's bytes, the same way; empty when the file cannot be read.
std::string sha256_file_hex(const std::string& path);

}  // namespace wfsim::output
