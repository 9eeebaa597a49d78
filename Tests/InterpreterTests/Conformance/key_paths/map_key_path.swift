struct Point { var x: Double; var y: Double }
let ps = [Point(x: 1, y: 2), Point(x: 3, y: 4)]
print(ps.map(\.x))
print(ps.map(\.y).reduce(0, +))
// expect: [1.0, 3.0]
// expect: 6.0
