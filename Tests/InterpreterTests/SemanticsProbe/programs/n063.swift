import Foundation
let a: Int?? = 5
let b: Int?? = nil
let c: String? = "x"
print(a as Any, b as Any, [c], [a], (c, a), Optional(Optional("z")) as Any)
print(String(describing: a), "\(String(describing: c))")
let arr: [Int?] = [1, nil]
print(arr, arr.map { $0 ?? -1 }, arr.compactMap { $0 })
