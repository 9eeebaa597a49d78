protocol Store { associatedtype V; var data: [String: V] { get set } }
extension Store { mutating func put(_ k: String, _ v: V) { data[k] = v } }
struct DS: Store { var data: [String: Double] = [:] }
var s = DS(); s.put("a", 1); s.put("b", 2)
print(s.data.keys.sorted().map { s.data[$0]! })
