// Each iteration of a while or repeat loop has its own variables, so closures made in
// different iterations capture different values.
var made: [() -> Int] = []
var i = 0
while i < 3 {
    let j = i * i
    made.append { j }
    i += 1
}
print(made.map { $0() })
var more: [() -> String] = []
var k = 0
repeat {
    let label = "r\(k)"
    more.append { label }
    k += 1
} while k < 3
print(more.map { $0() })
func item(_ n: Int) -> Int? { n < 3 ? 3 - n : nil }
var bound: [() -> Int] = []
var c = 0
while let value = item(c) {
    bound.append { value * 10 }
    c += 1
}
print(bound.map { $0() })
// expect: [0, 1, 4]
// expect: ["r0", "r1", "r2"]
// expect: [30, 20, 10]
