let a: Character = "A"
print(a.asciiValue!, a.asciiValue as Any, type(of: a.asciiValue))
let e: Character = "é"
print(e.asciiValue as Any, ("\n" as Character).asciiValue as Any, ("~" as Character).asciiValue as Any)
let codes = "Hi!".map { $0.asciiValue! }
print(codes, codes.map { Int($0) }.reduce(0, +))
let shifted = "abc".compactMap { $0.asciiValue }.map { String($0 + 1, radix: 16) }
print(shifted.joined(separator: ":"))
if let v = ("0" as Character).asciiValue, v >= 48 { print(v - 48) }
// expect: 65 Optional(65) Optional<UInt8>
// expect: nil Optional(10) Optional(126)
// expect: [72, 105, 33] 210
// expect: 62:63:64
// expect: 0
