let xs = [10, 20, 30, 20]
print(xs.firstIndex(of: 20)!)
print(xs.lastIndex(of: 20)!)
print(xs.firstIndex(of: 99) == nil)
print(xs.firstIndex { $0 > 15 }!)
