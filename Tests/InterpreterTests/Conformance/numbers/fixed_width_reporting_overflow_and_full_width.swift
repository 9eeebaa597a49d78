let a: UInt32 = 4_000_000_000
print(a.multipliedReportingOverflow(by: 2), a.addingReportingOverflow(a), a.subtractingReportingOverflow(1))
let c: Int32 = .min
print(c.dividedReportingOverflow(by: -1), c.remainderReportingOverflow(dividingBy: -1))
let z: Int8 = 0
let m: Int8 = -128
print(m.dividedReportingOverflow(by: z), m.remainderReportingOverflow(dividingBy: z), m.multipliedReportingOverflow(by: -1))
let n = 7, zero = 0
print(n.dividedReportingOverflow(by: zero), n.remainderReportingOverflow(dividingBy: zero), n.multipliedReportingOverflow(by: Int.max))
print(Int.min.subtractingReportingOverflow(1), Int.max.addingReportingOverflow(1))
let (hi, lo) = UInt64(0xFFFF_FFFF_FFFF_FFFF).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
print(hi, lo)
print(Int.min.multipliedFullWidth(by: Int.min), Int.max.multipliedFullWidth(by: -3), UInt8(200).multipliedFullWidth(by: 200))
print(m.multipliedFullWidth(by: m), m.multipliedFullWidth(by: 127), (-1).multipliedFullWidth(by: 1))
let r = a.multipliedReportingOverflow(by: 3)
print(r.partialValue, r.overflow, type(of: r.partialValue), type(of: m.multipliedFullWidth(by: 2).low))
// expect: (partialValue: 3705032704, overflow: true) (partialValue: 3705032704, overflow: true) (partialValue: 3999999999, overflow: false)
// expect: (partialValue: -2147483648, overflow: true) (partialValue: 0, overflow: true)
// expect: (partialValue: -128, overflow: true) (partialValue: -128, overflow: true) (partialValue: -128, overflow: true)
// expect: (partialValue: 7, overflow: true) (partialValue: 7, overflow: true) (partialValue: 9223372036854775801, overflow: true)
// expect: (partialValue: 9223372036854775807, overflow: true) (partialValue: -9223372036854775808, overflow: true)
// expect: 11400714819323198484 7046029254386353131
// expect: (high: 4611686018427387904, low: 0) (high: -2, low: 9223372036854775811) (high: 156, low: 64)
// expect: (high: 64, low: 0) (high: -64, low: 128) (high: -1, low: 18446744073709551615)
// expect: 3410065408 true UInt32 UInt8
