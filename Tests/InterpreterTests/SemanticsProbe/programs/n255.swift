func f() -> Int { 1 }
func f() -> String { "one" }
func f() -> Double { 1.5 }
let a: Int = f(); let b: String = f(); let c: Double = f()
print(a, b, c, f() + 1, (f() as String).count)
