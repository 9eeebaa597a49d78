protocol Keyed { associatedtype K: Hashable; func key() -> K }
struct Item: Keyed { var id: Int; func key() -> Int { id } }
func index<T: Keyed>(_ xs: [T]) -> [T.K: T] { var d: [T.K: T] = [:]; for x in xs { d[x.key()] = x }; return d }
let idx = index([Item(id: 3), Item(id: 1)])
print(idx.keys.sorted(), idx[3]!.id, idx[5] == nil)
