import Foundation
print(Int.max, Int.min, UInt8.max, Int8.min, UInt64.max)
print(Int8(truncatingIfNeeded: 300), UInt8(truncatingIfNeeded: -1), Int(exactly: 2.5) as Any, Int(exactly: 2.0) as Any)
print(Int.max &+ 1, Int8.max &* 2, 1 << 63, -1 >> 1, UInt(1) << 63)
print(Int.max.addingReportingOverflow(1), 255.multipliedReportingOverflow(by: 2))
