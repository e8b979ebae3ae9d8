// The only file that includes the generated header, so that a new version recompiles only this.
#include "cli/source_version.hpp"

#include "wfsim_source_version.hpp"

namespace wfsim::cli {

const char* source_version() {
    return WFSIM_SOURCE_VERSION;
}

}  // namespace wfsim::cli
