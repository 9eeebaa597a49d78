let items = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (0, "f")]
print(items.sorted { $0.0 <= $1.0 }.map { $0.1 }.joined())
print(items.sorted { $0.0 < $1.0 }.map { $0.1 }.joined())
print(items.sorted { $0.0 > $1.0 }.map { $0.1 }.joined())
