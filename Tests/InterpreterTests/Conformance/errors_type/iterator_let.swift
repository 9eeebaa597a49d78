let it = [1, 2].makeIterator()
print(it.next() as Any)
// expect error: 2:10 cannot use mutating member on immutable value: 'it' is a 'let' constant
