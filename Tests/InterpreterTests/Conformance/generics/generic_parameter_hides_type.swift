// A generic parameter hides a type of its name.
struct Item { var v = 1 }
func same<Item: Equatable>(_ a: Item, _ b: Item) -> Bool { a == b }
print(same(3, 3), same("a", "b"))
// expect: true false
