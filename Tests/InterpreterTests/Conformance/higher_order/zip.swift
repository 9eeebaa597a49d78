let a = [1.0, 2.0, 3.0]
let b = [4.0, 5.0, 6.0]
let dot = zip(a, b).map { $0 * $1 }.reduce(0) { $0 + $1 }
print(dot)
for (x, y) in zip(a, b) where x > 1 {
    print(x, y)
}
// expect: 32.0
// expect: 2.0 5.0
// expect: 3.0 6.0
