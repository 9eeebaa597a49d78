var y = 1.0
let h = 0.1
var t = 0.0
while t < 1.0 - 1e-12 {
    y += h * (-2 * y)
    t += h
}
print(y)
