let seen: Set<Int> = [1, 2]
dump(seen)
// expect error: 2:6 not supported in experiment blocks: 'dump' of a value holding a Set
