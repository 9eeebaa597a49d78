enum Mode { case fast, slow }
let m: Mode? = .fast
print(m!, [m!])
print([Mode.fast, .slow], (Mode.slow, 1))
print(Mode.fast)
// expect: fast [main.Mode.fast]
// expect: [main.Mode.fast, main.Mode.slow] (main.Mode.slow, 1)
// expect: fast
