// sequence(state:next:): the state changed in place by the closure, until it gives nil.
let counter = sequence(state: 0) { (s: inout Int) -> Int? in s += 1; return s <= 3 ? s * 10 : nil }
print(Array(counter))
var lcg = sequence(state: UInt64(42)) { (s: inout UInt64) -> Double? in
    s = s &* 6364136223846793005 &+ 1442695040888963407
    return Double(s >> 11) / Double(1 << 53)
}
print(lcg.next()!, lcg.next()!)
let fib = sequence(state: (0, 1)) { (s: inout (Int, Int)) -> Int? in
    defer { s = (s.1, s.0 + s.1) }
    return s.0
}
print(Array(fib.prefix(10)))
for (i, x) in fib.enumerated() { if x > 50 { print(i, x); break } }
let halves = sequence(state: 1.0) { s -> Double? in s /= 2; return s > 0.1 ? s : nil }
print(halves.map { $0 }, halves.reduce(0, +))
print(type(of: counter))
// expect: [10, 20, 30]
// expect: 0.5682303266439076 0.2254634289477513
// expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
// expect: 10 55
// expect: [0.5, 0.25, 0.125] 0.875
// expect: UnfoldSequence<Int, Int>
