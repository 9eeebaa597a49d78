struct Point { var x = 0.0, y = 0.0 }
var steps = 2
var position: Point { Point(x: Double(steps), y: 0) }
position.x = 5
// expect error: 4:10 cannot assign to property: 'position' is a get-only property
