struct A: Identifiable { let name: String }
print(A(name: "x").name)
// expect error: 1:8 type 'A' does not conform to protocol 'Identifiable'
