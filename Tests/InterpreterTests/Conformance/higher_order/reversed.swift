print([1, 2, 3].reversed().map { $0 })
// expect: [3, 2, 1]
