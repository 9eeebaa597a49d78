// Opaque parameter types of standard protocols: each an implicit generic parameter.
func mean(_ xs: some Collection<Double>) -> Double { xs.reduce(0, +) / Double(xs.count) }
print(mean([1, 2, 4]))
print(mean(Set([2.5])))
let data: [Double] = [3, 5]
print(mean(data))
func average<C: Collection>(_ xs: C) -> Double where C.Element == Double { xs.reduce(0, +) / Double(xs.count) }
print(average([1, 2]))
func half(_ x: some BinaryFloatingPoint) -> Double { Double(x) / 2 }
print(half(3), half(Float(5)), half(0.5))
func show(_ x: some CustomStringConvertible) { print("<\(x)>") }
show(3)
show("a")
show(2.5)
func biggest(_ xs: some Sequence<Int>) -> Int { xs.max() ?? 0 }
print(biggest([3, 9, 2]), biggest(1...7), biggest(Set([4])), biggest(0..<3))
struct Stats {
    var scale = 2
    func total(_ xs: some Collection<Int>) -> Int { scale * xs.reduce(0, +) }
    static func count(_ a: some Collection, _ b: some Collection) -> Int { a.count + b.count }
}
print(Stats().total([1, 2]))
print(Stats.count([1], ["x", "y"]))
func sorted(_ xs: some Sequence<String>) -> [String] { xs.sorted() }
print(sorted(["b", "a"]), sorted(Set(["z"])))
// expect: 2.3333333333333335
// expect: 2.5
// expect: 4.0
// expect: 1.5
// expect: 1.5 2.5 0.25
// expect: <3>
// expect: <a>
// expect: <2.5>
// expect: 9 7 4 2
// expect: 6
// expect: 3
// expect: ["a", "b"] ["z"]
