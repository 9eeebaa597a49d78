var it = (0..<3).makeIterator()
print(it.next() as Any)
// expect error: 1:10 not supported in experiment blocks: 'makeIterator()' of a 'Range<Int>'
