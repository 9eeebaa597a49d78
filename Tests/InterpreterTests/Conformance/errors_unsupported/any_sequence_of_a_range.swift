let s = AnySequence(0..<Int.max)
print(s.first(where: { $0 > 3 })!)
// expect error: 1:21 not supported in experiment blocks: 'AnySequence' of a 'Range<Int>'; pass 'Array(…)' of it
