import Foundation
let v = lgamma(4.5)
print(v)
// expect error: 2:9 ambiguous use of 'lgamma'
