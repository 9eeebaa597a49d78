struct C {
    var n = 0
    func inc() { n += 1 }
}
// expect error: 3:18 cannot assign to property: 'self' is immutable
