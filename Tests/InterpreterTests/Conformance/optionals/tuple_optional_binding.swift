// Optional binding of a tuple: if let (a, b) = pair, with _ and var, and from a cast of Any.
let e: Any = (1, "a")
if let (i, s) = e as? (Int, String) { print("tuple cast", i, s) }
let p: (Int, Double)? = (1, 2.5)
if let (a, _) = p { print(a) }
if var (a, b) = p { a += 1; b *= 2; print(a, b) }
let none: (Int, Int)? = nil
if let (u, v) = none { print(u, v) } else { print("none") }
func first(_ xs: [(String, Double)]) -> String {
    guard let (name, value) = xs.first else { return "empty" }
    return "\(name)=\(value)"
}
print(first([("lr", 0.1)]), first([]))
// expect: tuple cast 1 a
// expect: 1
// expect: 2 5.0
// expect: none
// expect: lr=0.1 empty
