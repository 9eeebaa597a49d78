let values: [Int?] = [nil, 4, -2]
for v in values {
    switch v {
    case .none: print("nothing")
    case let x? where x > 0: print("positive", x)
    case .some(let x): print("other", x)
    }
}
// expect: nothing
// expect: positive 4
// expect: other -2
