func f(_ n: Int) -> Int { f(n + 1) + 1 }
print(f(0))
// expect error: 1:27 call depth limit of 10000 exceeded
