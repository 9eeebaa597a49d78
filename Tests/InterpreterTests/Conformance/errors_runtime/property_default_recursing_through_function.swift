func makeLoop() -> Loop { Loop() }
final class Loop { var me: Loop? = makeLoop() }
print(Loop().me == nil)
// expect error: 2:36 call depth limit of 10000 exceeded
