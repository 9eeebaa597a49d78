func makeAdders() -> [(Int) -> Int] { (1...3).map { n in { $0 + n } } }
let adders = makeAdders()
print(adders.map { $0(10) })
let curried: (Int) -> (Int) -> Int = { a in { b in a * b } }
print(curried(3)(4), [1, 2].map(curried(5)))
let ops: [String: (Int, Int) -> Int] = ["+": (+), "-": (-), "max": max]
print(ops.keys.sorted().map { ops[$0]!(7, 3) })
