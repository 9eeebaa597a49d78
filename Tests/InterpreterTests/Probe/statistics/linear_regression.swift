import Foundation
let xs: [Double] = [1, 2, 3, 4, 5]
let ys: [Double] = [2.2, 4.1, 6.2, 7.9, 10.1]
let n = Double(xs.count)
let mx = xs.reduce(0, +) / n, my = ys.reduce(0, +) / n
let sxy = zip(xs, ys).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
let sxx = xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +)
let slope = sxy / sxx
let intercept = my - slope * mx
print(String(format: "y = %.3f x + %.3f", slope, intercept))
