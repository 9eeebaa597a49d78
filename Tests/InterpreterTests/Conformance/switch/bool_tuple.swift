for a in [false, true] {
    for b in [false, true] {
        switch (a, b) {
        case (true, true): print("both")
        case (true, false), (false, true): print("one")
        case (false, false): print("none")
        }
    }
}
// expect: none
// expect: one
// expect: one
// expect: both
