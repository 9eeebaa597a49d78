struct P { func area() -> Double { 1 } }
print(P.area())
// expect error: 2:7 instance member 'area' cannot be used on type 'P'; did you mean to use a value of this type instead?
