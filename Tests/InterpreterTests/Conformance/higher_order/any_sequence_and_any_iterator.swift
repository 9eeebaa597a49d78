func countdown(from n: Int) -> AnySequence<Int> {
    var k = n
    return AnySequence(AnyIterator { () -> Int? in
        guard k > 0 else { return nil }
        defer { k -= 1 }
        return k
    })
}
print(Array(countdown(from: 3)))
let s = countdown(from: 2)
for x in s { print(x) }
let squares = AnySequence([1, 2, 3].lazy.map { $0 * $0 })
print(Array(squares), squares.reduce(0, +))
struct Countdown: IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { guard n > 0 else { return nil }; defer { n -= 1 }; return n }
}
var it = AnyIterator(Countdown(n: 3))
print(it.next()!, it.next()!)
print(Array(AnySequence { Countdown(n: 2) }))
let fromArray = AnySequence([1.5, 2.5])
print(fromArray.map { $0 * 2 }, Array(fromArray))
var arrayIterator = AnyIterator([7, 8].makeIterator())
print(arrayIterator.next()!)
let evens: AnySequence<Int> = AnySequence(stride(from: 0, to: 7, by: 2))
print(evens.filter { $0 > 2 })
var fib = (0, 1)
let fibs = AnyIterator { () -> Int in defer { fib = (fib.1, fib.0 + fib.1) }; return fib.0 }
print(Array(fibs.prefix(6)))
// expect: [3, 2, 1]
// expect: 2
// expect: 1
// expect: [1, 4, 9] 14
// expect: 3 2
// expect: [2, 1]
// expect: [3.0, 5.0] [1.5, 2.5]
// expect: 7
// expect: [4, 6]
// expect: [0, 1, 1, 2, 3, 5]
