var total: Float = 0
for _ in 0..<1000 { total += 0.1 }
var dt: Double = 0
for _ in 0..<1000 { dt += 0.1 }
print(total, dt, Float(dt), Double(total))
