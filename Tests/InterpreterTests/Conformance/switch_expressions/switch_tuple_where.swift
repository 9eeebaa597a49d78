let p = (3, -3)
let where_ = switch p {
case (0, 0): "origin"
case let (x, y) where x == -y: "anti-diagonal"
case (_, 0): "x-axis"
default: "elsewhere"
}
print(where_)
// expect: anti-diagonal
