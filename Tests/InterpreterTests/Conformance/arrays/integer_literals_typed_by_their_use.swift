import Foundation
func quarter(_ x: Double) -> Double { x / 4 }
print([1, 2].map(quarter))
let f: (Double) -> Double = { $0 / 4 }
print([1, 2].map(f))
print([4, 9].map { sqrt($0) })
print([1, 2, 3].reduce(0.5, +))
print([1, 2].map { $0 / 4.0 })
print([4, 9].map { x in
    let y = sqrt(x)
    return y * 2
})
print([1, 2].map { $0 * 2 }, [3].map { Double($0) / 2 })
// expect: [0.25, 0.5]
// expect: [0.25, 0.5]
// expect: [2.0, 3.0]
// expect: 6.5
// expect: [0.25, 0.5]
// expect: [4.0, 6.0]
// expect: [2, 4] [1.5]
