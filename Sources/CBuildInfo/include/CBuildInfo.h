#ifndef PLEXE_CBUILDINFO_H
#define PLEXE_CBUILDINFO_H

/// The version stamped in at build time (see build_info.c).
const char *plexe_build_version(void);

#endif
