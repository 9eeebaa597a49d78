let one = ["k": 1]
print(one.first!, one.first!.key, one.first!.value)
let none: [String: Int] = [:]
print(none.first as Any, none.first == nil)
var grown: [Int: String] = [:]
grown[7] = "seven"
if let kv = grown.first { print(kv.key, kv.value) }
print(["é🙂": [1, 2]].first!)
// expect: (key: "k", value: 1) k 1
// expect: nil true
// expect: 7 seven
// expect: (key: "é🙂", value: [1, 2])
