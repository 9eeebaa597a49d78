import Foundation
protocol Container { associatedtype Item; var items: [Item] { get set }; mutating func add(_ i: Item) }
extension Container { mutating func add(_ i: Item) { items.append(i) }; var count: Int { items.count } }
struct IntBox: Container { var items: [Int] = [] }
var b = IntBox(); b.add(3); b.add(4)
print(b.items, b.count)
func total<C: Container>(_ c: C) -> Int where C.Item == Int { c.items.reduce(0, +) }
print(total(b))
