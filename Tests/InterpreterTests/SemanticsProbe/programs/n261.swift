let pairs = [(1, "one"), (2, "two"), (3, "three")]
for case let (n, s) in pairs where n != 2 { print(n, s) }
let opts: [Int?] = [1, nil, 3]
for case .some(let x) in opts { print("some", x) }
if case 1...5 = 3, case let (x, _) = (9, 0) { print("ranges", x) }
let e: Any = (1, "a")
if let (i, s) = e as? (Int, String) { print("tuple cast", i, s) }
