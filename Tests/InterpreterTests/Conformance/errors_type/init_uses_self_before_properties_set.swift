struct A { var x: Int
  init() { print(self); x = 1 } }
print(A().x)
// expect error: 2:18 'self' used before all stored properties are initialized
