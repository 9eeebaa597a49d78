let xs = [1.0, 2.0, 3.0]
let ys = [4.0, 5.0, 6.0]
let dot = zip(xs, ys).map { $0 * $1 }.reduce(0, +)
print(dot)
for (x, y) in zip(xs, ys) where x > 1 {
    print(x, y)
}
