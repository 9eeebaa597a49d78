func modify(_ a: [Int]) -> [Int] { var a = a; a[0] = 99; return a }
let orig = [1, 2]
let m = modify(orig)
print(orig, m)
func modIn(_ a: inout [Int]) { a.append(a.count) }
var x = [0]
modIn(&x); modIn(&x)
print(x)
var s = [1, 2, 3]
s.withUnsafeMutableBufferPointer { $0[0] = 7 }
print(s)
