extension Int {
    var digits: [Int] { String(self).compactMap { $0.wholeNumberValue } }
    func times(_ body: () -> Void) {
        for _ in 0..<self { body() }
    }
}
print(9045.digits)
3.times { print("hi") }
