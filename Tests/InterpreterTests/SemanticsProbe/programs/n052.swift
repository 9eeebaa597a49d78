import Foundation
var s = "Hello, World"
print(s.count, s.uppercased(), s.replacingOccurrences(of: "l", with: "L"), s.firstIndex(of: "o").map { s.distance(from: s.startIndex, to: $0) } as Any)
s.append("!"); s += "?"
s.insert("X", at: s.startIndex)
print(s, s.last as Any, s.first as Any, Array(s.utf8).count, s.unicodeScalars.count)
let e = "café"
print(e.count, e.utf8.count, e.reversed().map { String($0) }.joined())
