struct S { var x = 1 }
let id = ObjectIdentifier(S())
// expect error: 2:27 argument type 'S' expected to be an instance of a class or class-constrained type
