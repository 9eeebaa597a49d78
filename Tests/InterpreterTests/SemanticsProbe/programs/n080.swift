import Foundation
var a = [38, 27, 43, 3, 9, 82, 10]
for i in 1..<a.count { let key = a[i]; var j = i - 1; while j >= 0 && a[j] > key { a[j + 1] = a[j]; j -= 1 }; a[j + 1] = key }
print(a)
func qs(_ a: [Int]) -> [Int] { guard a.count > 1 else { return a }; let p = a[a.count / 2]; return qs(a.filter { $0 < p }) + a.filter { $0 == p } + qs(a.filter { $0 > p }) }
print(qs([3, 6, 1, 8, 1, 9, 2]))
