let s = "Hello, world"
if let comma = s.firstIndex(of: ",") {
    print(s[..<comma])
    print(s[s.index(after: comma)...])
}
let i = s.index(s.startIndex, offsetBy: 4)
print(s[i])
