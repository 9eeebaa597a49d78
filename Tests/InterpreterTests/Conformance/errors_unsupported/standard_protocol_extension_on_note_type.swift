struct T: Comparable { var v: Int; static func < (a: T, b: T) -> Bool { a.v < b.v } }
extension Comparable { func isBetween(_ a: Self, _ b: Self) -> Bool { a <= self && self <= b } }
print(T(v: 2).isBetween(T(v: 1), T(v: 3)))
// expect error: 3:15 not supported in experiment blocks: 'isBetween' of 'extension Comparable' on 'T'
