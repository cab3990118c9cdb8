// CSluiceLinux: the few Linux calls and constants that Swift's Glibc module hides behind _GNU_SOURCE.
// Prototypes and one-line wrappers only; every policy lives in Swift (SluiceCore/System).
#pragma once

#include <sys/types.h>

/// renameat2(2). Glibc declares it only with _GNU_SOURCE.
int CSluiceLinux_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
                           unsigned int flags);

/// RENAME_NOREPLACE for renameat2(2): fail with EEXIST instead of replacing the target.
extern const unsigned int CSluiceLinux_RENAME_NOREPLACE;

/// fcntl(fd, F_SETLEASE, type). F_SETLEASE is Linux-only and hidden behind _GNU_SOURCE.
int CSluiceLinux_setlease(int fd, int type);

/// The credentials of a Unix-socket peer (SO_PEERCRED); struct ucred needs _GNU_SOURCE.
int CSluiceLinux_peercred(int fd, pid_t *pid, uid_t *uid, gid_t *gid);
