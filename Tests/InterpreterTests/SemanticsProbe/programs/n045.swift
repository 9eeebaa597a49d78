import Foundation
let x = 5
switch x {
case 0: print("zero")
case 1...3: print("small")
case 4, 5: print("four or five"); fallthrough
case 6: print("six (fell)")
default: print("default")
}
let pt = (1, -1)
switch pt {
case (0, 0): print("origin")
case (let a, 0), (0, let a): print("axis", a)
case let (a, b) where a == -b: print("diag", a, b)
default: print("else")
}
