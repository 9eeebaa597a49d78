for (i, c) in zip(1..., ["a", "b"]) { print(i, c) }
let losses = [3.0, 2.0, 1.5]
print(zip(losses, 0...).map { "\($1): \($0)" })
print(Array(zip(10..., "xy")).count)
// expect: 1 a
// expect: 2 b
// expect: ["0: 3.0", "1: 2.0", "2: 1.5"]
// expect: 2
