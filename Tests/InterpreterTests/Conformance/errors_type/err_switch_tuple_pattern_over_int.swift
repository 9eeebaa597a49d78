let v = 3
switch v { case let (a, b): print(a, b)
default: break }
// expect error: 2:21 tuple pattern cannot match values of the non-tuple type 'Int'
