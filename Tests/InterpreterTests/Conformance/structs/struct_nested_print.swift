enum Kind { case a, b }
struct Item { var id = 1; var kind = Kind.b }
print(Item())
print([Item()], [1: Item()])
// expect: Item(id: 1, kind: main.Kind.b)
// expect: [main.Item(id: 1, kind: main.Kind.b)] [1: main.Item(id: 1, kind: main.Kind.b)]
