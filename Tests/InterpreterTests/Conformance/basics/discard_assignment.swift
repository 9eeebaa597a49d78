func f() -> Int { print("called"); return 1 }
_ = f()
// expect: called
