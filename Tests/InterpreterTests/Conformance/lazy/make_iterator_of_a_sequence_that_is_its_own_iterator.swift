struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { n == 0 ? nil : { n -= 1; return n + 1 }() }
}
var it = Countdown(n: 3).makeIterator()
print(it.next()!, it.next()!, it.next()!, it.next() as Any)
let s = sequence(first: 1) { $0 * 3 }
var i2 = s.makeIterator()
_ = i2.next()
print(i2.next()!, i2.next()!)
// expect: 3 2 1 nil
// expect: 3 9
