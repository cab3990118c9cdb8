#ifndef _GNU_SOURCE
#error "CSluiceLinux must be compiled with _GNU_SOURCE (see Package.swift cSettings)"
#endif

#include "CSluiceLinux.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/socket.h>
#include <linux/fs.h>

const unsigned int CSluiceLinux_RENAME_NOREPLACE = RENAME_NOREPLACE;

int CSluiceLinux_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
                           unsigned int flags) {
    return renameat2(olddirfd, oldpath, newdirfd, newpath, flags);
}

int CSluiceLinux_setlease(int fd, int type) { return fcntl(fd, F_SETLEASE, type); }

int CSluiceLinux_peercred(int fd, pid_t *pid, uid_t *uid, gid_t *gid) {
    struct ucred cred;
    socklen_t len = sizeof cred;
    int rc = getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len);
    if (rc == 0) { *pid = cred.pid; *uid = cred.uid; *gid = cred.gid; }
    return rc;
}
