#pragma once
// Owning handles for HDF5 identifiers, and checks that turn HDF5 failures into OutputError.
// HDF5's own printing of its error stack is switched off: the most specific message on the stack
// is folded into the exception instead.
#include <hdf5.h>

#include <string>
#include <string_view>
#include <utility>

#include "output/output_error.hpp"

namespace wfsim::output::hdf5 {

// Switches off HDF5's automatic error printing for the calling thread (idempotent).
void silence_error_printing();

// The most specific message on the current HDF5 error stack ("" when empty); clears the stack.
std::string take_error_message();

// Throws OutputError("cannot <operation> <where>: <HDF5 message>").
[[noreturn]] void fail(std::string_view operation, std::string_view where);

// Negative HDF5 results (ids, herr_t, htri_t, ssize_t) are failures.
template <class T>
T check(T result, std::string_view operation, std::string_view where) {
    if (result < 0) fail(operation, where);
    return result;
}

template <herr_t (*Close)(hid_t)>
class Handle {
  public:
    Handle() = default;
    explicit Handle(hid_t id) : id_(id) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            id_ = std::exchange(other.id_, H5I_INVALID_HID);
        }
        return *this;
    }
    ~Handle() { reset(); }

    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

    // Closes without reporting failure (destructors, cleanup after an error).
    void reset() noexcept {
        if (id_ >= 0) {
            Close(id_);
            H5Eclear2(H5E_DEFAULT);
        }
        id_ = H5I_INVALID_HID;
    }
    // Closes and reports failure: closing a file is where its last writes happen.
    void close(std::string_view where) {
        const hid_t id = std::exchange(id_, H5I_INVALID_HID);
        if (id >= 0) check(Close(id), "close", where);
    }

  private:
    hid_t id_ = H5I_INVALID_HID;
};

using File = Handle<H5Fclose>;
using Group = Handle<H5Gclose>;
using Dataset = Handle<H5Dclose>;
using Dataspace = Handle<H5Sclose>;
using Datatype = Handle<H5Tclose>;
using PropertyList = Handle<H5Pclose>;
using Attribute = Handle<H5Aclose>;
using Object = Handle<H5Oclose>;

// A file access property list for every wfsim file: the HDF5 1.8 file format (superblock 2),
// which stores large attribute lists densely. The earliest format limits an object's attributes
// to 64 KiB, which the dimension-scale reference list of /unit outgrows at about 4,000 attached
// datasets. Files in the 1.8 format need no h5clear after a crash (unlike libver latest).
PropertyList file_access_list(std::string_view where);

}  // namespace wfsim::output::hdf5
