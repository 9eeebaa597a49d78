let s: Set<Any> = []
print(s.count)
// expect error: 1:8 type 'Any' does not conform to protocol 'Hashable'
