func fill<T>(_ n: Int, _ v: T) -> [T] { Array(repeating: v, count: n) }
let a: [Double] = fill(2, 1)
let b = fill(2, 1)
let c: [Float] = fill(1, 3)
print(a, b, c)
func first<T>(_ xs: [T], or d: T) -> T { xs.first ?? d }
let e: [Double] = []
print(first(e, or: 7), first([Int](), or: 7))
