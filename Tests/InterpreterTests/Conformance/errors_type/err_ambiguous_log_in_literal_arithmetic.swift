import Foundation
let y = log(2) / 2
// expect error: 2:9 ambiguous use of 'log'
