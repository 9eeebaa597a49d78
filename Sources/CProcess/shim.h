// Linux process control for the experiment worker: prctl is variadic, which Swift cannot call.
#if defined(__linux__)
#include <signal.h>
#include <sys/prctl.h>

/// Asks the kernel to kill the calling process when its parent ends.
static inline int weave_kill_when_parent_dies(void) { return prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0); }
#endif
