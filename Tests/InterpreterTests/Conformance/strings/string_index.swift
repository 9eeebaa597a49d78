let s = "Hello, wörld"
if let comma = s.firstIndex(of: ",") {
    print(s[..<comma])
    print(s[s.index(after: comma)...])
    print(s.distance(from: s.startIndex, to: comma))
}
let i = s.index(s.startIndex, offsetBy: 4)
print(s[i], s[s.startIndex], s[s.index(before: s.endIndex)])
let j = s.index(s.endIndex, offsetBy: -5)
print(s[i..<j], s[i...j], String(s[j...]), s[...i])
let l = s.lastIndex(of: "l")!
print(s.distance(from: s.startIndex, to: l), s.firstIndex(of: "z") == nil)
print(s.distance(from: s.endIndex, to: s.startIndex))
// expect: Hello
// expect:  wörld
// expect: 5
// expect: o H d
// expect: o,  o, w wörld Hello
// expect: 10 true
// expect: -12
