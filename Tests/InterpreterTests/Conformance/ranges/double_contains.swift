let unit = 0.0...1.0
print(unit.contains(0.5), unit.contains(1.0), unit.contains(1.5), (-1.0...1.0).contains(-1.0))
print(unit.lowerBound, unit.upperBound)
// expect: true true false true
// expect: 0.0 1.0
