struct A { var x: Int
  var twice: Int { x * 2 }
  init() { let t = twice; x = t } }
print(A().x)
// expect error: 3:20 'self' used before all stored properties are initialized
