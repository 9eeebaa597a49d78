import Foundation
let r = 0.5..<2.5
let cr = 1.0...3.0
print(r, cr, r.lowerBound, cr.upperBound, "a"..."z", ("a"..."z").contains("m"))
print(0..<0, (0..<0).isEmpty, (5...5).count, Range(0...4), Array(stride(from: 1.0, to: 2.0, by: 0.5)))
let sl = [10, 20, 30, 40][1..<3]
print(sl, sl.startIndex, sl.first!, Array(sl), sl.indices)
