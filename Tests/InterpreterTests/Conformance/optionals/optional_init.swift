let a = Optional(3)
let b = Optional.some("text")
print(a as Any, b as Any, type(of: a))
let c: Double? = Optional(2)
print(c!, c.map { $0 * 2 } as Any)
let nested = Optional(Optional(1))
print(nested as Any, type(of: nested))
var d = Optional([1, 2])
d = Optional.some([3])
print(d ?? [])
if let x = Optional(5) { print("bound", x) }
let e: Int? = .some(4)
print(e == Optional(4), Optional(1) == nil)
let values = [1, 2].map { Optional($0) }
print(values)
// expect: Optional(3) Optional("text") Optional<Int>
// expect: 2.0 Optional(4.0)
// expect: Optional(Optional(1)) Optional<Optional<Int>>
// expect: [3]
// expect: bound 5
// expect: true false
// expect: [Optional(1), Optional(2)]
