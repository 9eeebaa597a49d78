struct A { var b = B(); var v = 1 }
struct B { var list = [A](); var w = 2 }
print(A().b.w)
// expect error: 1:20 not supported in experiment blocks: constructing 'B' in a property's default value before its own properties are known
