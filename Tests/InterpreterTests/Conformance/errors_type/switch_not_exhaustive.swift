enum Mode { case fast, slow, off }
let m = Mode.fast
switch m {
case .fast: print("f")
case .slow: print("s")
}
// expect error: 3:1 switch must be exhaustive; add missing case: '.off'
