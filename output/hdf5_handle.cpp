#include "output/hdf5_handle.hpp"

namespace wfsim::output::hdf5 {
namespace {

herr_t keep_most_specific(unsigned n, const H5E_error2_t* error, void* client) {
    // Walking upward, entry 0 is the innermost: where the failure was first detected.
    if (n == 0 && error->desc != nullptr) *static_cast<std::string*>(client) = error->desc;
    return 0;
}

}  // namespace

void silence_error_printing() {
    // HDF5 1.10 closes the files still open when the process exits; after a write failed on a
    // full disk, that close reads freed memory and crashes after the error has been reported. Every
    // file is closed explicitly, so the exit handler is not needed. It must be switched off before
    // the library starts, and this is the first HDF5 call the output layer makes.
    static const bool no_exit_handler = H5dont_atexit() >= 0;
    (void)no_exit_handler;
    // The error stack is per thread in a thread-safe HDF5 (as Debian builds it).
    thread_local bool silenced = false;
    if (!silenced) silenced = H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr) >= 0;
}

std::string take_error_message() {
    std::string message;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_UPWARD, keep_most_specific, &message);
    H5Eclear2(H5E_DEFAULT);
    // System call failures read "unable to open file: name = ..., errno = 2, error message =
    // 'No such file or directory', flags = ...": the system's message is what a user needs.
    const std::string marker = "error message = '";
    const std::size_t start = message.find(marker);
    if (start != std::string::npos) {
        const std::size_t first = start + marker.size();
        const std::size_t end = message.find('\'', first);
        if (end != std::string::npos) return message.substr(first, end - first);
    }
    return message;
}

void fail(std::string_view operation, std::string_view where) {
    std::string text = "cannot ";
    text += operation;
    text += ' ';
    text += where;
    const std::string detail = take_error_message();
    if (!detail.empty()) text += ": " + detail;
    throw OutputError(text);
}

PropertyList file_access_list(std::string_view where) {
    silence_error_printing();
    PropertyList fapl(check(H5Pcreate(H5P_FILE_ACCESS), "create a file access list for", where));
    check(H5Pset_libver_bounds(fapl.get(), H5F_LIBVER_V18, H5F_LIBVER_V18),
          "set the file format of", where);
    // Lock where the file system supports it; do not fail where it does not (some NFS mounts).
    check(H5Pset_file_locking(fapl.get(), true, true), "set file locking for", where);
    return fapl;
}

}  // namespace wfsim::output::hdf5
