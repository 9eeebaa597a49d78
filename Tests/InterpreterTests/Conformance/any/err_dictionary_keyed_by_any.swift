let d: [Any: Int] = [:]
print(d.count)
// expect error: 1:8 type 'Any' does not conform to protocol 'Hashable'
