var history: [Double] { [1, 2] }
history.append(3)
// expect error: 2:9 cannot use mutating member on immutable value: 'history' is a get-only property
