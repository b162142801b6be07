#include "CBuildInfo.h"

// The version comes from build_version.h, which scripts/lib.sh (stamp_version) writes from
// `git describe` before a release build and git ignores; a plain `swift build` without it
// says 0.0.0-dev. C, because a header is the one input SwiftPM rebuilds from cheaply.
#if __has_include("build_version.h")
#include "build_version.h"
#endif
#ifndef PLEXE_BUILD_VERSION
#define PLEXE_BUILD_VERSION "0.0.0-dev"
#endif

const char *plexe_build_version(void) { return PLEXE_BUILD_VERSION; }
