import Foundation
let y: Float = lgamma(Float(2.5))
print(y)
// expect error: 2:16 cannot convert value of type '(Float, Int)' to specified type 'Float'
