import Foundation
func bump(_ x: inout Int) { x += 1 }
func swapIt<T>(_ a: inout T, _ b: inout T) { let t = a; a = b; b = t }
var n = 1; bump(&n); bump(&n)
var arr = [1, 2, 3]; bump(&arr[1])
var p = "a", q = "b"; swapIt(&p, &q)
arr.swapAt(0, 2)
print(n, arr, p, q)
struct S { var v = 0 }
var s = S(); bump(&s.v); print(s.v)
