let losses = [5.0, 3.0, 1.0, 0.5, 0.7, 0.2]
let warmup = losses.prefix(while: { $0 > 0.9 })
print(warmup, losses.prefix(upTo: 2), losses.suffix(from: 4), losses.prefix(through: 1))
print(losses.prefix(upTo: 0), losses.suffix(from: 6), Array(losses.suffix(from: 3)).count)
let tail = losses.suffix(from: 4)
print(tail.count, tail.first!, tail.map { $0 * 10 })
// expect: [5.0, 3.0, 1.0] [5.0, 3.0] [0.7, 0.2] [5.0, 3.0]
// expect: [] [] 3
// expect: 2 0.7 [7.0, 2.0]
