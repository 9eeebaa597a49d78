var big = (0..<40).map { ($0 * 7) % 5 }
let tagged = big.enumerated().map { ($0.element, $0.offset) }
print(tagged.sorted { $0.0 < $1.0 }.map { $0.1 })
big.sort(by: >=)
print(big)
