var a: Int? = nil
print(a == nil)
a = 4
print(a == nil, a != nil, a == 4)
// expect: true
// expect: false true true
