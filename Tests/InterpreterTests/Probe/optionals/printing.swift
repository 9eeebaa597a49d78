let a: Int? = 5
let b: Int? = nil
print(a as Any)
print(b as Any)
print(String(describing: a))
print([a, b])
