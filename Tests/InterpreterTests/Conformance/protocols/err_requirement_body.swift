protocol P {
    func f() -> Int { 1 }
}
// expect error: 2:21 protocol methods must not have bodies
