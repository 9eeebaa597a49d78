struct Coord: Hashable {
    var x: Int
    var y: Int
}
var heights: [Coord: Double] = [:]
heights[Coord(x: 0, y: 0)] = 1.5
heights[Coord(x: 1, y: 0)] = 2.5
heights[Coord(x: 0, y: 0)] = 3.5
print(heights.count, heights[Coord(x: 0, y: 0)]!)
