let str = "Hello"
let i = str.index(str.startIndex, offsetBy: 1)
let j = str.index(before: str.endIndex)
print(str[i], str[i...j], str[..<i], str[str.startIndex], str.distance(from: i, to: j))
print(str.firstIndex(of: "l").map { str[$0...] } as Any, str.lastIndex(of: "l").map { str.distance(from: str.startIndex, to: $0) } as Any)
