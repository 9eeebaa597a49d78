struct Acc { private(set) var log: [Int] = [] }
var a = Acc()
a.log.append(1)
print(a.log)
// expect error: 3:7 cannot use mutating member on immutable value: 'log' setter is inaccessible
