struct A {
  var x: Int
  init() { f(); x = 1 }
  func f() {}
}
print(A().x)
// expect error: 3:12 'self' used before all stored properties are initialized
