// KeyValuePairs keeps its pairs in the order written, repeated keys too, and prints as Swift prints it.
let named: KeyValuePairs = ["constant": 0.1, "step": 0.05, "constant": 0.2]
print(named)
print(type(of: named), named.count, named[1], named[1].key, named.first!.value)
for (name, lr) in named { print(name, lr) }
print(named.map { $0.key }, named.isEmpty)
let empty: KeyValuePairs<String, Int> = [:]
print(empty, empty.count)
print([named])
// expect: ["constant": 0.1, "step": 0.05, "constant": 0.2]
// expect: KeyValuePairs<String, Double> 3 (key: "step", value: 0.05) step 0.1
// expect: constant 0.1
// expect: step 0.05
// expect: constant 0.2
// expect: ["constant", "step", "constant"] false
// expect: [:] 0
// expect: [["constant": 0.1, "step": 0.05, "constant": 0.2]]
