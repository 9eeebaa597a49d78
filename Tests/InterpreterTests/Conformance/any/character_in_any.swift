// A Character, a Substring and a String put in an Any keep their types.
let c: Character = "x"
let a: Any = c
let values: [Any] = ["s", c, "swift".prefix(2)]
print(type(of: a), a is Character, a is String, a as? Character ?? "-", values.map { "\(type(of: $0))" })
if let sub = values[2] as? Substring { print(sub.uppercased()) }
// expect: Character true false x ["String", "Character", "Substring"]
// expect: SW
