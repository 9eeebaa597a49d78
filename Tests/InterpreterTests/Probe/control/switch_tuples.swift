func quadrant(_ p: (Double, Double)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case let (x, y) where x > 0 && y > 0: return "first"
    default: return "other"
    }
}
print(quadrant((0, 0)), quadrant((2, 0)), quadrant((0, -1)), quadrant((1, 1)), quadrant((-1, 2)))
