let s = sequence(first: 1) { $0 + 1 }
print(Array(s.dropFirst(2).prefix(3)), s.dropFirst().first(where: { $0 > 5 })!)
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { n == 0 ? nil : { n -= 1; return n + 1 }() }
}
print(Array(Countdown(n: 5).dropFirst(2)), Array(Countdown(n: 2).dropFirst(5)))
for x in Countdown(n: 4).dropFirst() { print(x, terminator: " ") }
print()
// expect: [3, 4, 5] 6
// expect: [3, 2, 1] []
// expect: 3 2 1 
