let csv = "1.5,2.25,3.0,4.75"
let parts = csv.split(separator: ",")
print(parts.count)
let numbers = parts.compactMap { Double($0) }
print(numbers.reduce(0, +))
print(parts.joined(separator: " | "))
print("a b  c".split(separator: " "))
