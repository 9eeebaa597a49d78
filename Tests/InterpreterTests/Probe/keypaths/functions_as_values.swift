func square(_ x: Double) -> Double { x * x }
func cube(_ x: Double) -> Double { x * x * x }
let fs: [(Double) -> Double] = [square, cube, abs]
print(fs.map { $0(-2) })
let table = ["sq": square, "cu": cube]
print(table["cu"]!(3))
