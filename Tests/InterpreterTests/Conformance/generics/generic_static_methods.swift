// Generic static methods, alone and beside a concrete overload, on structs and classes.
struct Stats {
    static func first<T>(_ a: [T]) -> T { a[0] }
    static func first(_ a: [Int]) -> Int { -a[0] }
    static func pick<T: Comparable>(_ a: T, _ b: T) -> T { max(a, b) }
    static func both() -> (Int, String) { (first([4, 5]), first(["a"])) }
    static func mean(_ xs: some Collection<Double>) -> Double { xs.reduce(0, +) / Double(xs.count) }
}
print(Stats.first([4, 5]), Stats.first(["x"]), Stats.pick(2, 7), Stats.pick("a", "b"))
print(Stats.both())
print(Stats.mean([1, 2]))
class Factory {
    class func pair<T>(_ x: T) -> [T] { [x, x] }
    static func triple<T>(_ x: T) -> [T] { [x, x, x] }
}
print(Factory.pair(1), Factory.triple("q"))
// expect: -4 x 7 b
// expect: (-4, "a")
// expect: 1.5
// expect: [1, 1] ["q", "q", "q"]
