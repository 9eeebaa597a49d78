var xs: [Int] = []
xs.append(1)
xs.append(2)
xs.append(contentsOf: [3, 4])
xs.insert(0, at: 0)
let last = xs.removeLast()
let first = xs.removeFirst()
let mid = xs.remove(at: 1)
print(xs, last, first, mid)
// expect: [1, 3] 4 0 2
