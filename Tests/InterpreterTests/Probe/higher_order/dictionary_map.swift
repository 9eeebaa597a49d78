let inventory = ["apples": 3, "pears": 0, "plums": 7]
let available = inventory.filter { $0.value > 0 }.map { $0.key }.sorted()
print(available)
let total = inventory.values.reduce(0, +)
print(total)
