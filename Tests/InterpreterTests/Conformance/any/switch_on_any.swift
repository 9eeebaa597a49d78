// A `switch` over `Any` values with type-casting patterns.
func kind(_ value: Any) -> String {
    switch value {
    case let i as Int where i < 0: return "negative int \(i)"
    case let i as Int: return "int \(i)"
    case let d as Double: return "double \(d)"
    case is Bool: return "bool"
    case let xs as [Int]: return "ints \(xs.count)"
    default: return "something else: \(value)"
    }
}
let inputs: [Any] = [3, -2, 1.5, false, [1, 2, 3], "text", [1.0]]
for x in inputs { print(kind(x)) }
let optional: Int? = 4
print(kind(optional as Any))
// expect: int 3
// expect: negative int -2
// expect: double 1.5
// expect: bool
// expect: ints 3
// expect: something else: text
// expect: something else: [1.0]
// expect: int 4
