func quadrant(_ p: (Int, Int)) -> String {
    switch p {
    case (0, 0): return "origin"
    case (_, 0): return "x-axis"
    case (0, _): return "y-axis"
    case (1...9, 1...9): return "small first"
    default: return "other"
    }
}
print(quadrant((0, 0)), quadrant((3, 0)), quadrant((0, 2)), quadrant((2, 2)), quadrant((-1, 5)))
// expect: origin x-axis y-axis small first other
