import Foundation
let a: Double = 7 / 2
let b = 7 / 2 as Double
let c: Float = 1 / 3
let d = Double(7 / 2)
let e: Double = 7 / 2 + 1 / 2
print(a, b, c, d, e)
let arr: [Double] = [1 / 2, 3 / 4]
print(arr)
