let t = (1, (2, "x"), [3])
let u: (a: Int, (b: Int, c: String)) = (1, (2, "y"))
print(t, u, u.1, u.1.c)
let opt: (Int, Int)? = nil
print(opt as Any, Optional((1, 2)) as Any)
