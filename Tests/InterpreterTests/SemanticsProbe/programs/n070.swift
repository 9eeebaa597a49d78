import Foundation
struct Q { var a: Int; var b: Int = 2; let c = 3 }
let q = Q(a: 1), q2 = Q(a: 1, b: 5)
print(q, q2)
struct R { var x: Int; init(x: Int) { self.x = x * 2 }; init() { self.init(x: 7) } }
print(R(x: 1), R())
