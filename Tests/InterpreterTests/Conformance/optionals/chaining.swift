struct Layer { var width: Int; var name: String? }
struct Net { var layers: [Layer]; var head: Layer? }
let net: Net? = Net(layers: [Layer(width: 4, name: "in"), Layer(width: 2, name: nil)], head: Layer(width: 1, name: "out"))
let none: Net? = nil
print(net?.layers.count, none?.layers.count)
print(net?.head?.name, net?.layers[1].name, none?.head?.name)
print(net?.head?.name?.uppercased() ?? "-", none?.head?.name?.uppercased() ?? "-")
let words: [String]? = ["a", "bb"]
print(words?.map { $0.count } ?? [], words?.first?.count ?? 0)
var calls = 0
func side() -> Int { calls += 1; return calls }
let missing: [Int]? = nil
print(missing?[side()], calls)
let d: [String: [Int]] = ["xs": [1, 2, 3]]
print(d["xs"]?.count ?? 0, d["ys"]?.count ?? 0, d["xs"]?.first! ?? 0)
if let n = net?.layers.first?.width { print("first width", n) }
// expect: Optional(2) nil
// expect: Optional("out") nil nil
// expect: OUT -
// expect: [1, 2] 1
// expect: nil 0
// expect: 3 0 1
// expect: first width 4
