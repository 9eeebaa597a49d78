let points = [(1, 1), (2, -2), (3, 0)]
for p in points {
    switch p {
    case let (x, y) where x == y:
        print("diagonal", x)
    case let (x, y) where x == -y:
        print("anti", x, y)
    case (let x, _):
        print("x is", x)
    }
}
// expect: diagonal 1
// expect: anti 2 -2
// expect: x is 3
