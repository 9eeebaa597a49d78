let names = ["x", "y", "z"]
let labelled = names.enumerated().map { "\($0.offset):\($0.element)" }
print(labelled)
let indexed = names.enumerated().filter { $0.offset != 1 }.map { $0.element }
print(indexed)
