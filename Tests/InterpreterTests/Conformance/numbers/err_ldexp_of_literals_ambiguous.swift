import Foundation
print(ldexp(1, 10))
// expect error: 2:7 ambiguous use of 'ldexp'
