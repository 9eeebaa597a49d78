extension Array where Element: Numeric { func adding(_ x: Element) -> [Element] { map { $0 + x } } }
print([1, 2].adding(1), [1.5].adding(1), [1, 2].adding(1).map { $0 / 2 })
