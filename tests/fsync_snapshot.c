/* A power cut, simulated: an LD_PRELOAD shim for tests/test_durability.py.
 *
 * After every successful fsync()/fdatasync() of a file whose name starts with
 * $FSYNC_SNAPSHOT_MATCH, the file's whole content is copied to $FSYNC_SNAPSHOT_DIR/<name>
 * (written to a temporary name, then renamed: a kill mid-copy leaves the previous snapshot).
 * The snapshot folder then holds exactly what the kernel had promised to keep when the
 * process died; anything written but not yet fsynced is lost, as a power cut may lose it.
 * (Pessimistic in one way only: real disks may also keep some unsynced writes, or tear a
 * sector; that is not modelled.)
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void snapshot(int fd) {
    const char *dir = getenv("FSYNC_SNAPSHOT_DIR");
    const char *match = getenv("FSYNC_SNAPSHOT_MATCH");
    if (dir == NULL || match == NULL) return;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return;
    path[n] = 0;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    if (strncmp(base, match, strlen(match)) != 0) return;
    char tmp[PATH_MAX], dst[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/.%s.partial", dir, base);
    snprintf(dst, sizeof dst, "%s/%s", dir, base);
    int out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0) return;
    static char buf[1 << 16];
    off_t off = 0;
    ssize_t got;
    while ((got = pread(fd, buf, sizeof buf, off)) > 0) {
        if (write(out, buf, (size_t)got) != got) break;
        off += got;
    }
    close(out);
    rename(tmp, dst);
}

int fsync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    int rc = real(fd);
    if (rc == 0) snapshot(fd);
    return rc;
}

int fdatasync(int fd) {
    static int (*real)(int);
    if (!real) real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    int rc = real(fd);
    if (rc == 0) snapshot(fd);
    return rc;
}
