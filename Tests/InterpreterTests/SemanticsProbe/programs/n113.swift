import Foundation
let a = [3, 1, 2]
let s = a.sorted()[1...]
print(s, s.first!, s.startIndex)
print(s[1])
