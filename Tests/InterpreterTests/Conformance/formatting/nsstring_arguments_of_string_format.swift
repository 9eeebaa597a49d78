print(String(format: "%5@|%-6@|", "ab" as NSString, "c" as NSString))
let name = "loss"
print(String(format: "%@ = %.2f", name as NSString, 1.5))
let ns = NSString(string: "xyz")
print(ns, ns.length, String(format: "[%@]", ns))
let n = "ab" as NSString
print(type(of: n), n.length, n)
let s = n as String
print(s + "!", String(n))
// expect: ab|c|
// expect: loss = 1.50
// expect: xyz 3 [xyz]
// expect: NSString 2 ab
// expect: ab! ab
