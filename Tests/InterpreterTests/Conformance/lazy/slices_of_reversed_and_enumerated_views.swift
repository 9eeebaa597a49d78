// prefix, suffix, dropFirst and dropLast of reversed and enumerated views.
let losses = [4.0, 2.5, 1.5, 3.0]
print(Array(losses.reversed().prefix(2)), Array(losses.reversed().suffix(1)))
print(losses.reversed().dropLast(1).map { $0 + 0 }, losses.reversed().dropFirst().count)
print(String("adam".reversed().prefix(2)), losses.reversed().prefix(3).first!)
print(losses.enumerated().dropFirst().prefix(2).map { $0.offset })
for (i, x) in losses.enumerated().dropLast(2) { print(i, x) }
print(losses.reversed().prefix(10).reduce(0, +), Array(losses.reversed().dropFirst(9)))
// expect: [3.0, 1.5] [4.0]
// expect: [3.0, 1.5, 2.5] 3
// expect: ma 3.0
// expect: [1, 2]
// expect: 0 4.0
// expect: 1 2.5
// expect: 11.0 []
