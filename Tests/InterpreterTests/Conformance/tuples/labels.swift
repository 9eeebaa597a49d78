let p = (x: 1.5, y: -2.0)
print(p.x, p.y, p)
// expect: 1.5 -2.0 (x: 1.5, y: -2.0)
