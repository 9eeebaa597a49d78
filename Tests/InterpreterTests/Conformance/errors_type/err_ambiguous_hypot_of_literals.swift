import Foundation
print(hypot(3, 4))
// expect error: 2:7 ambiguous use of 'hypot'
