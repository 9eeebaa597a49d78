var fs: [() -> Int] = []
for i in 0..<3 {
    let doubled = i * 2
    fs.append { doubled + i }
}
print(fs.map { $0() })
func firstEven(_ xs: [Int]) -> Int {
    for x in xs {
        let check = { x % 2 == 0 }
        if check() { return x }
    }
    return -1
}
print(firstEven([1, 3, 4, 5]))
var total = 0
for k in 1...3 { let add = { total += k }; add() }
print(total)
// expect: [0, 3, 6]
// expect: 4
// expect: 6
