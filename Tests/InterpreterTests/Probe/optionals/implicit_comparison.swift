let x: Int? = 3
print(x == 3)
print(x != nil)
let y: Int? = nil
print(y == nil)
print(x == y)
