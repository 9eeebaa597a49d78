// Linux process control for the experiment worker, in C because prctl is variadic (Swift cannot
// call it) and a seccomp filter is a BPF program built from the kernel's C macros.
#if defined(__linux__)
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stddef.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// Asks the kernel to kill the calling process when its parent ends.
static inline int weave_kill_when_parent_dies(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0); }

#if defined(__x86_64__)
#define WEAVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define WEAVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#define WEAVE_LOAD(field) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, field))
#define WEAVE_REFUSE(nr, err) BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (err))
// The low 32 bits of argument i (little-endian), where open flags and clone flags live.
#define WEAVE_ARGUMENT(i) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args) + 8 * (i))
#define WEAVE_WRITE_FLAGS (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)

/// Installs a seccomp filter on every thread of the process and those it starts later: no sockets,
/// no new programs or processes (threads only), and no file is opened for writing, created,
/// removed, renamed or truncated. Refused calls fail with EPERM/EACCES; everything else is
/// allowed. Returns 0 on success, -1 where the kernel or architecture has no seccomp.
static inline int weave_forbid_network_processes_and_writes(void) {
#if defined(WEAVE_AUDIT_ARCH)
    struct sock_filter filter[] = {
        WEAVE_LOAD(arch),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, WEAVE_AUDIT_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        WEAVE_LOAD(nr),
        WEAVE_REFUSE(SYS_socket, EPERM),
        WEAVE_REFUSE(SYS_connect, EPERM),
        WEAVE_REFUSE(SYS_bind, EPERM),
        WEAVE_REFUSE(SYS_listen, EPERM),
        WEAVE_REFUSE(SYS_execve, EPERM),
        WEAVE_REFUSE(SYS_execveat, EPERM),
        WEAVE_REFUSE(SYS_ptrace, EPERM),
        WEAVE_REFUSE(SYS_kill, EPERM),
        WEAVE_REFUSE(SYS_clone3, ENOSYS),  // glibc then starts threads with clone, checked below
        WEAVE_REFUSE(SYS_truncate, EPERM),
        WEAVE_REFUSE(SYS_ftruncate, EPERM),
        WEAVE_REFUSE(SYS_unlinkat, EPERM),
        WEAVE_REFUSE(SYS_renameat2, EPERM),
        WEAVE_REFUSE(SYS_mkdirat, EPERM),
        WEAVE_REFUSE(SYS_linkat, EPERM),
        WEAVE_REFUSE(SYS_symlinkat, EPERM),
        WEAVE_REFUSE(SYS_fchmodat, EPERM),
#if defined(__x86_64__)
        WEAVE_REFUSE(SYS_fork, EPERM),
        WEAVE_REFUSE(SYS_vfork, EPERM),
        WEAVE_REFUSE(SYS_unlink, EPERM),
        WEAVE_REFUSE(SYS_rename, EPERM),
        WEAVE_REFUSE(SYS_renameat, EPERM),
        WEAVE_REFUSE(SYS_mkdir, EPERM),
        WEAVE_REFUSE(SYS_rmdir, EPERM),
        WEAVE_REFUSE(SYS_link, EPERM),
        WEAVE_REFUSE(SYS_symlink, EPERM),
        WEAVE_REFUSE(SYS_chmod, EPERM),
        WEAVE_REFUSE(SYS_creat, EPERM),
        // open(path, flags): refused when the flags ask to write.
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_open, 0, 3),
        WEAVE_ARGUMENT(1),
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, WEAVE_WRITE_FLAGS, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
        WEAVE_LOAD(nr),
#endif
        // openat(dir, path, flags): the same.
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_openat, 0, 3),
        WEAVE_ARGUMENT(2),
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, WEAVE_WRITE_FLAGS, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EACCES),
        WEAVE_LOAD(nr),
        // clone(flags, …): threads only.
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clone, 0, 3),
        WEAVE_ARGUMENT(0),
        BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, CLONE_THREAD, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog program = { .len = (unsigned short)(sizeof(filter) / sizeof(filter[0])), .filter = filter };
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return -1;
    // Every thread of the process, not only the calling one.
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC, &program);
#else
    return -1;
#endif
}
#endif
