struct P { var x: Double; var y: Double }
struct Segment { var a: P; var b: P }
var s = Segment(a: P(x: 0, y: 0), b: P(x: 1, y: 1))
s.b.x = 5
s.a.y += 2
print(s)
// expect: Segment(a: main.P(x: 0.0, y: 2.0), b: main.P(x: 5.0, y: 1.0))
