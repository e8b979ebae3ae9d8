#pragma once
// The version of the source tree this binary was built from, for provenance.
namespace wfsim::cli {

// `git describe --always --dirty` at build time ("a837cd1-dirty"), or "unknown" when the source
// was not a git checkout or git was missing.
const char* source_version();

}  // namespace wfsim::cli
