extension Sequence where Element == Double {
    func total() -> Double { reduce(0, +) }
    var mean: Double { var n = 0.0, s = 0.0; for x in self { s += x; n += 1 }; return s / n }
}
extension Sequence where Element: Comparable {
    func largest() -> Element? { self.max() }
}
extension Collection {
    var secondOrNil: Element? { count > 1 ? self[index(after: startIndex)] : nil }
}
struct Halving: Sequence, IteratorProtocol {
    var x = 1.0
    mutating func next() -> Double? { x /= 2; return x < 0.1 ? nil : x }
}
struct Words: Sequence {
    let words: [String]
    func makeIterator() -> AnyIterator<String> { AnyIterator(words.makeIterator()) }
}
print(Halving().total(), Halving().mean, Halving().largest()!)
print(Words(words: ["b", "c", "a"]).largest()!)
print([3.0, 4.0].total(), [1, 5, 2].largest()!, [7, 8].secondOrNil!)
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { guard n > 0 else { return nil }; defer { n -= 1 }; return n }
}
print(Countdown(n: 4).largest()!)
// expect: 0.875 0.2916666666666667 0.5
// expect: c
// expect: 7.0 5 8
// expect: 4
