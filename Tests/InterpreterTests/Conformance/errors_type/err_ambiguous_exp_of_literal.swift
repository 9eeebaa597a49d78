import Foundation
print(exp(1))
// expect error: 2:7 ambiguous use of 'exp'
