extension Array { func padded(to n: Int, with e: Element) -> [Element] { self + Array(repeating: e, count: Swift.max(0, n - count)) } }
print([1, 2].padded(to: 4, with: 0), ["a"].padded(to: 2, with: "-"), [1.5].padded(to: 2, with: 0))
