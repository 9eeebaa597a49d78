let nested = [[1, 2], [3], [], [4, 5, 6]]
print(nested.flatMap { $0 })
print(nested.joined().map { $0 * 10 })
let pairs = [1, 2].flatMap { a in ["x", "y"].map { b in "\(a)\(b)" } }
print(pairs)
