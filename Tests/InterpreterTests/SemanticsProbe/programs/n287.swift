let nested: [[String: [Int]]] = [["a": [1, 2]], [:]]
print(nested, [Set([1])], [[Int]?.none, [1]], [1: [2: 3]])
let oo: [String?] = ["a", nil]
print(oo, oo.description, "\(oo)")
debugPrint(1.5, Float(2), "s", Character("c"), [1: "x"])
