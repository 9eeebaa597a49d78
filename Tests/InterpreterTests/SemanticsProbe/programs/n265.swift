func f() -> (name: String, n: Int)? { ("a", 1) }
if let r = f() { print(r, r.name) }
print(f()!)
