for (i, name) in ["a", "b"].enumerated() {
    print(i, name)
}
let pairs = [10, 20].enumerated().map { $0.offset * $0.element }
print(pairs)
// expect: 0 a
// expect: 1 b
// expect: [0, 20]
