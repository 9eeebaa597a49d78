import Foundation
let a = [5, 3, 8, 1, 9, 2]
print(a.prefix(3), a.suffix(2), a.dropFirst(), a.dropLast(2), a[1...3], a[2...])
let s = "hello world"
print(s.prefix(3), s.dropFirst(6), s.split(separator: " "), s.suffix(3))
print(Array(a.reversed()), a.reversed().map { $0 }, String(s.reversed()))
print(a.prefix(while: { $0 > 2 }), a.drop(while: { $0 > 2 }))
