// Characters, Strings and Substrings in Any: casts and type(of:) tell them apart.
let c = "a" as Character
let items: [Any] = [c, "s", "xyz".dropLast(), 1]
for item in items {
    if let ch = item as? Character { print("char", ch) }
    else if let s = item as? String { print("string", s) }
    else if let sub = item as? Substring { print("sub", sub) }
    else { print("other", item) }
}
print(String(describing: c), String(reflecting: c), String(describing: "ab".prefix(1)))
debugPrint(c, "xy".dropFirst(), ["a" as Character])
let anyC: Any = c
let d: [String: Any] = ["k": c]
print(anyC is String, anyC is Character, (anyC as! Character).isLetter, type(of: anyC), d["k"] is Character)
// expect: char a
// expect: string s
// expect: sub xy
// expect: other 1
// expect: a "a" a
// expect: "a" "y" ["a"]
// expect: false true true Character true
