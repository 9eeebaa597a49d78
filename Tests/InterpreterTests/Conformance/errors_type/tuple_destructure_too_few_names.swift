func f() -> (Int, Int, Int) { (1, 2, 3) }
let (a, b) = f()
print(a, b)
// expect error: 2:14 '(Int, Int, Int)' is not convertible to '(Int, Int)', tuples have a different number of elements
