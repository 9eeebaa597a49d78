struct Log {
    var entries: [String] = []
    mutating func record<T>(_ x: T) { entries.append("\(x)") }
    func oops() { record(1) }
}
// expect error: 4:19 cannot use mutating member on immutable value: 'self' is immutable
