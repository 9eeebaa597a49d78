typealias F = Float
let y: Float32 = 1.25
let z: Float64 = 2.5
print(y, z, Float64(2), Float32(3), F(1.5), F.pi, type(of: y), type(of: z), Float32.self, Float64.self)
print(Float32.pi, Float64.pi, Float32.infinity, Float64.nan.isNaN, Float32.greatestFiniteMagnitude)
let xs: [Float32] = [1, 2.5, -0.0]
print(xs, xs.reduce(0, +), xs.max()!)
func half(_ x: Float64) -> Float64 { x / 2 }
print(half(3), half(Double.infinity))
print(Float32(Float64(0.1)), Float64(Float32(0.1)), Float32("2.5")!, Float64("x") as Any)
print(y is Float, z is Double, [y] as [Float])
print(Float32(Int.max), Float32(1e39))
// expect: 1.25 2.5 2.0 3.0 1.5 3.1415925 Float Double Float Double
// expect: 3.1415925 3.141592653589793 inf true 3.4028235e+38
// expect: [1.0, 2.5, -0.0] 3.5 2.5
// expect: 1.5 inf
// expect: 0.1 0.10000000149011612 2.5 nil
// expect: true true [1.25]
// expect: 9.223372e+18 inf
