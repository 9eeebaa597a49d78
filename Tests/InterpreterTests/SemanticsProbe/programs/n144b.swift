import Foundation
var s = "abc"
let t = s
s += "d"
print(s, t, s.count, t.count)
var chars = Array(s)
chars[0] = "X"
print(chars, s)
var sub = s.dropFirst()
print(sub, String(sub).count)
