extension Optional where Wrapped == Double {
    var orZero: Double { self ?? 0 }
}
let a: Double? = nil
let b: Double? = 2.5
print(a.orZero, b.orZero)
// interpreter-only
// expect: 0.0 2.5
