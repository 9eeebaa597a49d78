let x = 1 / 2 * 3.0
let y = Double(1 / 2)
let z = [1, 2.5]
let a = 3; let b = Double(a) / 2
print(x, y, z, b, type(of: z))
let c = 1 + 2.0
print(c, type(of: c), 7 / 2, 7.0 / 2)
