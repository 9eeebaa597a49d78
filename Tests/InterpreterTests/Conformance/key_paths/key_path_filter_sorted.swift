struct Item { var name: String; var done: Bool; var cost: Double }
let items = [Item(name: "a", done: true, cost: 2), Item(name: "b", done: false, cost: 1), Item(name: "c", done: true, cost: 0.5)]
print(items.filter(\.done).map(\.name))
print(items.map(\.cost).sorted())
print(items.contains(where: \.done))
// expect: ["a", "c"]
// expect: [0.5, 1.0, 2.0]
// expect: true
