func identity(_ n: Int) -> [[Double]] {
    (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
}
let I = identity(3)
for row in I { print(row) }
print((0..<3).map { I[$0][$0] }.reduce(0, +))
