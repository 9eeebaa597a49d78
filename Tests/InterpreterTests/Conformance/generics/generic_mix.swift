func maxOf<T: Comparable>(_ a: T, _ b: T) -> T { a > b ? a : b }
func maxOfAll<T: Comparable>(_ xs: [T]) -> T { xs.dropFirst().reduce(xs[0]) { maxOf($0, $1) } }
print(maxOfAll([3, 7, 2]), maxOfAll(["x", "b"]))
struct Stack<T>: CustomStringConvertible {
    var items: [T] = []
    var description: String { "Stack\(items)" }
    mutating func push(_ x: T) { items.append(x) }
}
var s = Stack<Int>()
s.push(4)
print(s)
print("\(s)")
struct Pair<T: Equatable>: Equatable { var a: T; var b: T }
print(Pair(a: 1, b: 2) == Pair(a: 1, b: 2), Pair(a: "x", b: "y") == Pair(a: "x", b: "z"))
let r: Result<Int, Error> = .success(2)
if case .success(let v) = r { print(v) }
func apply<T, U>(_ x: T, _ f: (T) -> U) -> U { f(x) }
print(apply(3) { $0 * 2 }, apply("ab") { $0.count })
print([3, 1, 2].map { $0 * 2 }.sorted(by: >))
let names = ["b": 2, "a": 1]
print(names.map(\.key).sorted())
let fs: [(Double) -> Double] = [sqrt, abs, { $0 * 2 }]
print(fs.map { $0(16) })
// expect: 7 x
// expect: Stack[4]
// expect: Stack[4]
// expect: true false
// expect: 2
// expect: 6 2
// expect: [6, 4, 2]
// expect: ["a", "b"]
// expect: [4.0, 16.0, 32.0]
