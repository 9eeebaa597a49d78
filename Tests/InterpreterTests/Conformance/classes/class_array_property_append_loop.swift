class History {
    var losses: [Double] = []
}
let h = History()
var x = 4.0
for _ in 0..<5 {
    x -= 0.25 * 2 * x
    h.losses.append(x * x)
}
print(h.losses)
// expect: [4.0, 1.0, 0.25, 0.0625, 0.015625]
