import Foundation
struct Temp { var c: Double; var f: Double { get { c * 9 / 5 + 32 } set { c = (newValue - 32) * 5 / 9 } } }
var t = Temp(c: 100)
print(t.f); t.f = 32; print(t.c); t.f += 9; print(t.c)
class Cls { var arr: [Int] = [] { didSet { print("didSet", arr) } } }
let o = Cls(); o.arr.append(1); o.arr[0] = 5; o.arr += [2]
