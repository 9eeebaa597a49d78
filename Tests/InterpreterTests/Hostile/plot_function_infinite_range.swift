plotFunction({ (x: Double) in x * x }, x: -1...Double.infinity)
// expect error: 1:1 the x range -1.0...inf of a figure must have a finite width
