let strings = [1, 2, 3].map(String.init)
print(strings)
let doubles = [1, 2].map(Double.init)
print(doubles)
let parsed = ["4", "x"].map { Int($0) }
print(parsed)
