print(abs(-5), abs(3.25))
print((-4.0).magnitude)
print(Int(-7).signum(), Int(0).signum())
let v = -2.0
print(v < 0 ? "negative" : "non-negative")
