let a: Int? = 3
let b: Int? = nil
let s: String? = "hi"
print(a, b, s)
// expect: Optional(3) nil Optional("hi")
