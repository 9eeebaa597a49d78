let data = [3.5, -1.0, 2.0, 8.25, -4.5, 0.0]
let result = data
    .filter { $0 >= 0 }
    .map { $0 * 2 }
    .sorted()
    .prefix(3)
print(Array(result))
