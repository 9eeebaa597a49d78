var stock = ["pen": 3]
let old = stock.updateValue(5, forKey: "pen")
let none = stock.updateValue(1, forKey: "ink")
print(old ?? 0, none == nil)
print(stock.removeValue(forKey: "pen") ?? 0, stock.count)
