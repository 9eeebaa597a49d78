let s = "η = 0.1 → ∇f"
print(s, s.count)
// expect: η = 0.1 → ∇f 12
