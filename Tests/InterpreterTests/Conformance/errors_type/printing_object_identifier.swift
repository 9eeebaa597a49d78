final class C {}
let c = C()
print(ObjectIdentifier(c))
// expect error: 3:7 an ObjectIdentifier prints a memory address
