struct C {
    var n = 0
    func inc() { n += 1 }
}
// expect error: 3:20 left side of mutating operator isn't mutable: 'self' is immutable
