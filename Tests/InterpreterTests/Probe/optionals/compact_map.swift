let raw = ["3", "x", "5", "", "8"]
let numbers = raw.compactMap { Int($0) }
print(numbers)
print(numbers.reduce(0, +))
