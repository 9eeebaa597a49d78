func sumAll<T: AdditiveArithmetic>(_ xs: T...) -> T { xs.reduce(.zero, +) }
print(sumAll(1, 2, 3), sumAll(1.5, 2), sumAll(Float(1), 2))
let arr: [Double] = [1, 2]
let more = arr + [3]
print(more, arr.map { $0 + 1 }, arr.contains(2), arr.firstIndex(of: 2) as Any)
