// interpreter-only: extensions are valid at file scope only, and the differential test wraps each program in a function (checked with swiftc as a file of its own)
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
