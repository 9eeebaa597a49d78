func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([[1], [2]]) ?? [])
// expect error: 2:7 global function 'largest' requires that '[Int]' conform to 'Comparable'
