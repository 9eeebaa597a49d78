let numbers = [5, 3, 8, 1]
let a = numbers.sorted(by: { (x: Int, y: Int) -> Bool in return x < y })
let b = numbers.sorted { $0 > $1 }
let c = numbers.sorted(by: <)
print(a, b, c)
