// A standard type named with its module, and its static members.
let a: Swift.Int = 3
let b: [Swift.Double] = [1.5]
let c: Swift.Array<Swift.String> = ["x"]
let d: Swift.Dictionary<Swift.String, Swift.Int>? = ["k": 1]
print(a, b, c, d!, Swift.Int.max, Swift.Double.pi, Swift.Int("12")!, Swift.String(5))
struct Box: Swift.Equatable, Swift.CustomStringConvertible {
    let v: Swift.Int
    var description: Swift.String { "Box(\(v))" }
}
print(Box(v: 1) == Box(v: 1), Box(v: 2))
// expect: 3 [1.5] ["x"] ["k": 1] 9223372036854775807 3.141592653589793 12 5
// expect: true Box(2)
