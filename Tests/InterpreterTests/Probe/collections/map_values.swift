let prices = ["a": 10.0, "b": 20.0]
let discounted = prices.mapValues { $0 * 0.9 }
for k in discounted.keys.sorted() { print(k, discounted[k]!) }
let parsed = ["1": "x", "2": "2"].compactMapValues { Int($0) }
print(parsed)
