let s = "  gradient descent \n"
let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
print("[" + t + "]", "[" + s.trimmingCharacters(in: .whitespaces) + "]" == "[gradient descent \n]")
print(String(t.reversed()))
print(t.first!, t.last!, "".first == nil)
print(String(t.prefix(4)), String(t.suffix(7)), String(t.dropFirst(9)), String(t.dropLast(8)))
var u = "lr"
u.append("=")
u.append(contentsOf: "0.1")
print(u, u.count)
print(t.replacingOccurrences(of: "descent", with: "ascent"))
print("a-b-c".components(separatedBy: "-"))
print(t.uppercased().hasPrefix("GRAD"), t.hasSuffix("cent"))
// expect: [gradient descent] true
// expect: tnecsed tneidarg
// expect: g t true
// expect: grad descent descent gradient
// expect: lr=0.1 6
// expect: gradient ascent
// expect: ["a", "b", "c"]
// expect: true true
