struct Box {
    var width: Double
    var height: Double
}
extension Box {
    init(side: Double) {
        width = side
        height = side
    }
}
let a = Box(width: 1, height: 2)
let b = Box(side: 3)
print(a.width * a.height, b.width * b.height)
// expect: 2.0 9.0
