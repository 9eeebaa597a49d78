[1, 2].append(3)
// expect error: 1:8 cannot use mutating member on immutable value of type '[Int]'
